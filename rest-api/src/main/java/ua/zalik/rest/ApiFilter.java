package ua.zalik.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter for the REST API's requests only ({@code /api/**}): not the dashboard's pages, not Telegram's webhook. */
public abstract class ApiFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }
}

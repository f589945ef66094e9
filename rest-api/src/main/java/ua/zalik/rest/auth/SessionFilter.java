package ua.zalik.rest.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.zalik.rest.ApiFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Turns the session cookie into an authenticated request whose principal is the account id. */
class SessionFilter extends ApiFilter {

    static final String COOKIE = "ZALIK_SESSION";

    private final Sessions sessions;

    SessionFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token != null) {
            sessions.accountOf(token).ifPresent(accountId -> SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(accountId, null, List.of())));
        }
        chain.doFilter(request, response);
    }

    static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}

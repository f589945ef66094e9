package ua.zalik.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

import java.util.Set;

/**
 * A reload on a dashboard route such as /classes gets the SPA's index.html instead of a 404.
 * Asked after every controller and endpoint, just before the static files: it takes only GETs of extension-less
 * paths outside /api, /actuator and the webhook, so a missing asset or API resource still answers 404.
 */
final class SpaFallbackMapping extends AbstractHandlerMapping {

    private static final Set<String> NOT_PAGES = Set.of("api", "actuator", "telegram", "error", "v3", "swagger-ui");

    private final Resource index;
    private final HttpRequestHandler serveIndex;

    SpaFallbackMapping(Resource index) {
        this.index = index;
        this.serveIndex = (request, response) -> {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            // the page names hashed assets of one build: always revalidate it
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
            if (!"HEAD".equals(request.getMethod())) {
                try (var in = index.getInputStream()) {
                    StreamUtils.copy(in, response.getOutputStream());
                }
            }
        };
        setOrder(Ordered.LOWEST_PRECEDENCE - 2); // the static resource handler mapping is LOWEST_PRECEDENCE - 1
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isPage(path) && index.exists() ? serveIndex : null;
    }

    static boolean isPage(String path) {
        String[] segments = path.replaceFirst("^/+", "").split("/");
        String first = segments[0];
        String last = segments[segments.length - 1];
        return !path.isEmpty() && !NOT_PAGES.contains(first) && !last.contains(".");
    }
}

package ua.zalik.rest.problems;

import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import ua.zalik.rest.ApiFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most so many API requests at once on this instance; one more waits a moment for a place and is then refused with
 * 503 problem+json and Retry-After. Tomcat runs every request on its own virtual thread, so without this an overrun
 * instance works on all of them at once, answers none in time (the work for requests whose clients gave up is
 * wasted) and starves the chat turns it shares the cores with; with it, it serves what it can and refuses the rest
 * cheaply (docs/performance.md, the gradebook at 300 req/s).
 */
final class InFlightLimitFilter extends ApiFilter {

    private final Semaphore places;
    private final long waitNanos;
    private final ProblemTexts texts;
    private final LocaleResolver locales;
    private final Counter refused;

    InFlightLimitFilter(int places, Duration wait, ProblemTexts texts, LocaleResolver locales, Counter refused) {
        this.places = new Semaphore(places, true);
        this.waitNanos = wait.toNanos();
        this.texts = texts;
        this.locales = locales;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enter()) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemResponses.write(response, 503, "Service Unavailable", texts.text(locales.resolveLocale(request), "problem.busy"));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    private boolean enter() {
        try {
            return places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** For tests: the places, to take them all. */
    Semaphore places() {
        return places;
    }
}

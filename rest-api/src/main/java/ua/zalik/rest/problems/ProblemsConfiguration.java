package ua.zalik.rest.problems;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

    static final long JSON_BODY_LIMIT = 1024 * 1024;
    static final Locale UKRAINIAN = Locale.of("uk");

    /** The API answers in Ukrainian unless the request's Accept-Language prefers English. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(UKRAINIAN, Locale.ENGLISH));
        resolver.setDefaultLocale(UKRAINIAN);
        return resolver;
    }

    /**
     * {@code zalik.api.max-in-flight} requests at once (4 per core: the gradebook at 300 req/s on 2 cores served most
     * with 8; docs/performance.md), one more waits {@code zalik.api.wait-for-place} (100 ms) for a place.
     */
    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimit(Environment environment, ProblemTexts texts,
                                                              LocaleResolver locales, ObjectProvider<MeterRegistry> meters) {
        InFlightLimitFilter filter = new InFlightLimitFilter(
                environment.getProperty("zalik.api.max-in-flight", Integer.class, 4 * Runtime.getRuntime().availableProcessors()),
                environment.getProperty("zalik.api.wait-for-place", Duration.class, Duration.ofMillis(100)), texts, locales,
                meters.getIfAvailable(() -> Metrics.globalRegistry).counter("zalik.api.refused", "reason", "busy"));
        FilterRegistrationBean<InFlightLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5); // before the body limit and the security chain
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit() {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(JSON_BODY_LIMIT));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

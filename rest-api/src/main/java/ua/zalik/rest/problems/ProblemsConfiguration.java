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

    /** {@code zalik.api.max-in-flight} requests at once (16), one more waits {@code zalik.api.wait-for-place} (250 ms). */
    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimit(Environment environment, ProblemTexts texts,
                                                              LocaleResolver locales, ObjectProvider<MeterRegistry> meters) {
        InFlightLimitFilter filter = new InFlightLimitFilter(
                environment.getProperty("zalik.api.max-in-flight", Integer.class, 16),
                environment.getProperty("zalik.api.wait-for-place", Duration.class, Duration.ofMillis(250)), texts, locales,
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

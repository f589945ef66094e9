package ua.zalik.rest.problems;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

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

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit() {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(JSON_BODY_LIMIT));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

package ua.zalik.rest.problems;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

    static final long JSON_BODY_LIMIT = 1024 * 1024;

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit() {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(JSON_BODY_LIMIT));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

package ua.zalik.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The dashboard (web-dashboard's jar, classpath:/static) is served at /; its client-side routes load its index.html. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    SpaFallbackMapping spaFallbackMapping() {
        return new SpaFallbackMapping(new ClassPathResource("static/index.html"));
    }
}

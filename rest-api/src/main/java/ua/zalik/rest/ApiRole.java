package ua.zalik.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API belongs to the "api" role (zalik.roles): an instance without it (a worker in AWS) answers /api/** and
 * /config.json with 404, before security or any controller, so the load balancer's mistake cannot reach the data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${zalik.roles:api,bot,worker}'.contains('api')")
class ApiRole {

    @Bean
    FilterRegistrationBean<NoApiHere> noApiHere() {
        FilterRegistrationBean<NoApiHere> registration = new FilterRegistrationBean<>(new NoApiHere());
        registration.addUrlPatterns("/api/*", "/config.json");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class NoApiHere extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"this instance does not serve the API (zalik.roles has no api)\"}").getBytes(StandardCharsets.UTF_8));
        }
    }
}

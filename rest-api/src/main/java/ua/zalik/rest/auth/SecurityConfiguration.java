package ua.zalik.rest.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.servlet.LocaleResolver;
import ua.zalik.rest.problems.ProblemResponses;
import ua.zalik.rest.problems.ProblemTexts;


/**
 * Server sessions in an HttpOnly cookie, CSRF by the SPA pattern (XSRF-TOKEN cookie echoed as X-XSRF-TOKEN).
 * The Telegram webhook checks its own secret; the dashboard's files, health and API docs are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Telegram's webhook: the busiest path (one request per button press), checked by its own secret header in bot-core.
     * None of the dashboard's filters apply (no session, cookie, CSRF token or response headers), so none run.
     */
    @Bean
    @Order(0)
    SecurityFilterChain telegram(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/telegram/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Sessions sessions, ProblemTexts texts, LocaleResolver locales) throws Exception {
        return http
                .csrf(csrf -> csrf.spa()
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SessionFilter(sessions), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/auth/login", "/api/auth/telegram", "/api/auth/csrf", "/api/docs", "/api/docs/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        // before the DispatcherServlet, so the language comes from the resolver itself
                        .authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response, 401, "Unauthorized",
                                texts.text(locales.resolveLocale(request), "problem.unauthorized")))
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403, "Forbidden",
                                texts.text(locales.resolveLocale(request), ex.getClass().getSimpleName().contains("Csrf")
                                        ? "problem.csrf" : "problem.access-denied"))))
                .build();
    }
}

package ua.zalik.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.zalik.kernel.Actor;

@Configuration(proxyBeanMethods = false)
class RestConfiguration {

    // the Actor parameter is resolved from the session, so it is no part of the API's description
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI zalikApi() {
        return new OpenAPI()
                .info(new Info().title("Zalik API").version("v1").description("""
                        The dashboard's API. Log in with POST /api/auth/login (a session cookie, ZALIK_SESSION); \
                        before any POST, PUT, PATCH or DELETE fetch GET /api/auth/csrf and echo the XSRF-TOKEN cookie \
                        as the X-XSRF-TOKEN header. Errors are application/problem+json."""))
                .components(new Components().addSecuritySchemes("session",
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("ZALIK_SESSION")))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}

package ua.zalik.rest;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import ua.zalik.kernel.Actor;

/** The Actor parameter is resolved from the session, so it is no part of the API's description. */
@Configuration(proxyBeanMethods = false)
class RestConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}

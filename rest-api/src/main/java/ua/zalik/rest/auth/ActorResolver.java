package ua.zalik.rest.auth;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import ua.zalik.kernel.Actor;
import ua.zalik.users.UsersService;

/** A controller parameter of type {@link Actor} is the logged-in account, with its roles and children. */
class ActorResolver implements HandlerMethodArgumentResolver {

    private final UsersService users;

    ActorResolver(UsersService users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Long accountId)) {
            throw new org.springframework.security.access.AccessDeniedException("not logged in");
        }
        return users.actorFor(accountId);
    }
}

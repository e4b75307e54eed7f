package org.safeguardinghub.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.accounts.Accounts;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Loads the signed-in user's account and roles once per request; controllers take it as a parameter. */
@Component
class CurrentUserResolver implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = CurrentUser.class.getName();

    private final Accounts accounts;

    CurrentUserResolver(Accounts accounts) {
        this.accounts = accounts;
    }

    Optional<CurrentUser> resolve(HttpServletRequest request, Authentication authentication) {
        var cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof CurrentUser user) {
            return Optional.of(user);
        }
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof HubPrincipal principal)) {
            return Optional.empty();
        }
        var user = accounts.currentUser(principal);
        user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u));
        return user;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        return resolve(request, SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }
}

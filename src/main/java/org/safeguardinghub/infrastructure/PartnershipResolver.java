package org.safeguardinghub.infrastructure;

import java.util.Map;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Looks up the partnership named by the {@code {partnership}} part of the address once per
 * request; a controller takes a {@link Partnership} parameter instead of looking it up itself. An
 * unknown name is "not found". Whether the person may use the partnership is decided before the
 * controller is reached, by the access rules.
 */
@Component
class PartnershipResolver implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = PartnershipResolver.class.getName();

    private final Partnerships partnerships;

    PartnershipResolver(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Partnership.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (webRequest.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Partnership cached) {
            return cached;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) webRequest.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        var slug = variables == null ? null : variables.get("partnership");
        if (slug == null) {
            throw new IllegalStateException(parameter.getMethod() + " takes a partnership but its address names none");
        }
        var partnership = partnerships.bySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        webRequest.setAttribute(ATTRIBUTE, partnership, RequestAttributes.SCOPE_REQUEST);
        return partnership;
    }
}

package org.safeguardinghub.infrastructure;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentUserResolver currentUserResolver;
    private final PartnershipResolver partnershipResolver;

    WebConfiguration(CurrentUserResolver currentUserResolver, PartnershipResolver partnershipResolver) {
        this.currentUserResolver = currentUserResolver;
        this.partnershipResolver = partnershipResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentUserResolver);
        resolvers.add(partnershipResolver);
    }
}

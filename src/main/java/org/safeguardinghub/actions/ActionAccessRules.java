package org.safeguardinghub.actions;

import org.safeguardinghub.access.ModuleAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may use the action tracker's routes that a role alone does not decide. */
@Configuration(proxyBeanMethods = false)
class ActionAccessRules {

    /** Whoever must answer for the action in the address ({@link ActionTracker#mayRespond}). */
    @Bean
    ModuleAccessRule actionResponder(ActionTracker actions) {
        return ModuleAccessRule.of("ACTION_RESPONDER", (user, partnershipId, variables) -> ModuleAccessRule
                .idIn(variables, "action").stream().anyMatch(action -> actions.mayRespond(user, partnershipId, action)));
    }
}

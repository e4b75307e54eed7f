package org.safeguardinghub.plans;

import org.safeguardinghub.access.ModuleAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may use the plans' routes that a role alone does not decide. */
@Configuration(proxyBeanMethods = false)
class PlanAccessRules {

    /** The owner of the business plan activity in the address, and the business unit ({@link BusinessPlans#mayReport}). */
    @Bean
    ModuleAccessRule activityOwner(BusinessPlans businessPlans) {
        return ModuleAccessRule.of("ACTIVITY_OWNER", (user, partnershipId, variables) -> ModuleAccessRule
                .idIn(variables, "activity").stream().anyMatch(activity -> businessPlans.mayReport(user, partnershipId, activity)));
    }
}

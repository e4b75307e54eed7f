package org.safeguardinghub.reviews;

import org.safeguardinghub.access.ModuleAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may use the case reviews' routes, decided by the case reviews' own rules. */
@Configuration(proxyBeanMethods = false)
class CaseReviewAccessRules {

    @Bean
    ModuleAccessRule caseReviewReader(CaseReviewAccess caseReviews) {
        return ModuleAccessRule.of("CASE_REVIEW_READER", (user, partnershipId, variables) -> caseReviews.mayRead(user, partnershipId));
    }

    @Bean
    ModuleAccessRule caseReferrer(CaseReviewAccess caseReviews) {
        return ModuleAccessRule.of("CASE_REFERRER", (user, partnershipId, variables) -> caseReviews.mayRefer(user, partnershipId));
    }

    /** The agency representatives of the organisation the information request in the address is to, and the business unit. */
    @Bean
    ModuleAccessRule informationProvider(CaseReviewAccess caseReviews) {
        return ModuleAccessRule.of("INFORMATION_PROVIDER", (user, partnershipId, variables) -> ModuleAccessRule
                .idIn(variables, "informationRequest").stream().anyMatch(request -> caseReviews.mayAnswer(user, partnershipId, request)));
    }
}

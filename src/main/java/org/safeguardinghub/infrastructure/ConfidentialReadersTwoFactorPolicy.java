package org.safeguardinghub.infrastructure;

import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.TwoFactorPolicy;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.reviews.CaseReviews;
import org.springframework.stereotype.Component;

/**
 * Two-factor sign-in is required of everyone who can read confidential business or case reviews.
 * It lives here, not in accounts, because it asks the partnership structure and case reviews, and
 * case reviews already depend on accounts.
 */
@Component
class ConfidentialReadersTwoFactorPolicy implements TwoFactorPolicy {

    private final PartnershipStructure structure;
    private final CaseReviews caseReviews;

    ConfidentialReadersTwoFactorPolicy(PartnershipStructure structure, CaseReviews caseReviews) {
        this.structure = structure;
        this.caseReviews = caseReviews;
    }

    /**
     * System administrators; the business unit, chairs and partners of any partnership; anyone who
     * sits on a group now (members read their group's confidential items); anyone who reads case reviews.
     */
    @Override
    public boolean requiredFor(CurrentUser user) {
        if (user.systemAdministrator()) {
            return true;
        }
        for (long partnershipId : user.partnershipIds()) {
            if (user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT, Role.CHAIR, Role.PARTNER)
                    || !structure.groupsWithConfidentialAccess(user, partnershipId).isEmpty()
                    || caseReviews.mayRead(user, partnershipId)) {
                return true;
            }
        }
        return false;
    }
}

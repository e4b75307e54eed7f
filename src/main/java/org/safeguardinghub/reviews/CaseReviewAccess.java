package org.safeguardinghub.reviews;

import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.partnership.Visibilities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and do what with case reviews. Case review records are seen only by the business unit,
 * chairs (the independent chair and scrutineers), lead and delegated partners, and the current
 * members of the group the partnership has chosen as its joint case review group: {@link #mayRead}
 * asks {@link org.safeguardinghub.access.Visibility#readsCaseReviews}, and every page, menu and rule
 * about case reviews asks {@link #mayRead}.
 */
@Service
@Transactional(readOnly = true)
public class CaseReviewAccess {

    private final Visibilities visibilities;
    private final InformationRequestRepository requests;

    CaseReviewAccess(Visibilities visibilities, InformationRequestRepository requests) {
        this.visibilities = visibilities;
        this.requests = requests;
    }

    public boolean mayRead(CurrentUser user, long partnershipId) {
        return visibilities.of(user, partnershipId).readsCaseReviews();
    }

    /** Anyone with a role in the partnership except read-only may refer a case. */
    public boolean mayRefer(CurrentUser user, long partnershipId) {
        return user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT, Role.CHAIR, Role.PARTNER, Role.AGENCY_REPRESENTATIVE,
                Role.GROUP_MEMBER);
    }

    /** The business unit, and the agency representatives of the organisation the request is to. */
    public boolean mayAnswer(CurrentUser user, long partnershipId, long requestId) {
        if (user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT)) {
            return true;
        }
        return requests.findByIdAndPartnershipId(requestId, partnershipId)
                .map(r -> user.roles().stream().anyMatch(role -> role.partnershipId() == partnershipId
                        && role.role() == Role.AGENCY_REPRESENTATIVE && r.getOrganisationId().equals(role.organisationId())))
                .orElse(false);
    }
}

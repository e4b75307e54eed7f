package org.safeguardinghub.infrastructure;

import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.accounts.TwoFactorPolicy;
import org.safeguardinghub.partnership.Visibilities;
import org.springframework.stereotype.Component;

/**
 * Two-factor sign-in is required of system administrators and of everyone who, in any of their
 * partnerships, may read confidential business or case reviews ({@code Visibility.readsAnythingConfidential}).
 * It lives here, not in accounts, because the visibility rule is worked out from the partnership's
 * structure, which depends on accounts.
 */
@Component
class ConfidentialReadersTwoFactorPolicy implements TwoFactorPolicy {

    private final Visibilities visibilities;

    ConfidentialReadersTwoFactorPolicy(Visibilities visibilities) {
        this.visibilities = visibilities;
    }

    @Override
    public boolean requiredFor(CurrentUser user) {
        return user.systemAdministrator() || user.partnershipIds().stream()
                .anyMatch(partnershipId -> visibilities.of(user, partnershipId).readsAnythingConfidential());
    }
}

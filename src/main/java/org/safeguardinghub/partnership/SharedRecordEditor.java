package org.safeguardinghub.partnership;

import java.util.Objects;
import org.safeguardinghub.access.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who asks to change an organisation or person that several partnerships may share: the business
 * unit of one partnership, or a system administrator. Only the record's keeper (the partnership
 * that added it) or a system administrator may change the facts every partnership relies on.
 */
public record SharedRecordEditor(Long partnershipId, boolean systemAdministrator) {

    public static SharedRecordEditor businessUnitOf(long partnershipId) {
        return new SharedRecordEditor(partnershipId, false);
    }

    /** Refuses anyone who is not a system administrator, so a caller cannot claim the right by mistake. */
    public static SharedRecordEditor systemAdministrator(CurrentUser user) {
        if (user == null || !user.systemAdministrator()) {
            throw new AccessDeniedException("Only system administrators change records kept by the system administrators");
        }
        return new SharedRecordEditor(null, true);
    }

    boolean mayChangeFactsKeptBy(Long keeperPartnershipId) {
        return systemAdministrator || (keeperPartnershipId != null && Objects.equals(partnershipId, keeperPartnershipId));
    }
}

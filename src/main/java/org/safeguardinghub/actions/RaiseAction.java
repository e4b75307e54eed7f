package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What another module (or the tracker's own form) gives to raise an action. A confidential action
 * (raised from a confidential agenda item, say) is seen on the tracker only by those who may read
 * its group's confidential business.
 */
@NamedInterface("api")
public record RaiseAction(long partnershipId, Long groupId, String description, Set<Long> ownerPersonIds,
        Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn, ActionSource source, String raisedBy,
        boolean confidential) {

    public RaiseAction(long partnershipId, Long groupId, String description, Set<Long> ownerPersonIds,
            Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn, ActionSource source, String raisedBy) {
        this(partnershipId, groupId, description, ownerPersonIds, ownerOrganisationIds, allPartners, dueOn, source,
                raisedBy, false);
    }
}

package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.util.Set;

/** What another module (or the tracker's own form) gives to raise an action. */
public record RaiseAction(long partnershipId, Long groupId, String description, Set<Long> ownerPersonIds,
        Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn, ActionSource source, String raisedBy) {
}

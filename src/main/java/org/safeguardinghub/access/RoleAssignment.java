package org.safeguardinghub.access;

/** A role in a partnership; an agency representative acts for one organisation. */
public record RoleAssignment(long partnershipId, Role role, Long organisationId) {
}

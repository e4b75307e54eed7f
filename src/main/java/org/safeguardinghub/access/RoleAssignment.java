package org.safeguardinghub.access;

import org.springframework.modulith.NamedInterface;

/** A role in a partnership; an agency representative acts for one organisation. */
@NamedInterface("api")
public record RoleAssignment(long partnershipId, Role role, Long organisationId) {
}

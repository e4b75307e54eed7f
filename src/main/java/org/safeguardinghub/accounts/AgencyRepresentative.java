package org.safeguardinghub.accounts;

import org.springframework.modulith.NamedInterface;

/** Someone who answers for one organisation's actions in a partnership, with the address to write to. */
@NamedInterface("api")
public record AgencyRepresentative(long accountId, String name, String email, long organisationId) {
}

package org.safeguardinghub.accounts;

/** Someone who answers for one organisation's actions in a partnership, with the address to write to. */
public record AgencyRepresentative(long accountId, String name, String email, long organisationId) {
}

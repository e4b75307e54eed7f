package org.safeguardinghub.access;

/** Whatever signed the user in (password or single sign-on), it resolves to one Hub account. */
public interface HubPrincipal {

    long accountId();
}

package org.safeguardinghub.access;

import org.springframework.modulith.NamedInterface;

/** Whatever signed the user in (password or single sign-on), it resolves to one Hub account. */
@NamedInterface("api")
public interface HubPrincipal {

    long accountId();
}

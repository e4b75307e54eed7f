package org.safeguardinghub.accounts;

import org.safeguardinghub.access.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * Who must give a second factor after their password. Decided outside this module because it
 * depends on who reads confidential business and case reviews, which modules above this one know.
 */
@NamedInterface("api")
public interface TwoFactorPolicy {

    boolean requiredFor(CurrentUser user);
}

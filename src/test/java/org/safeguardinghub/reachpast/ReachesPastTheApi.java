package org.safeguardinghub.reachpast;

import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.accounts.AuthenticatorCodes;

/** {@code Accounts} is in the accounts API; {@code AuthenticatorCodes} is public but not in it. */
class ReachesPastTheApi {

    Accounts throughTheApi;
    AuthenticatorCodes pastTheApi;
}

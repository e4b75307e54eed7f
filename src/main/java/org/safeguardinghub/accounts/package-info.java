/** Sign-in accounts: passwords, lockout, password reset, single sign-on and role assignments. */
@ApplicationModule(allowedDependencies = {
        "access::api", "audit::api", "govuk::api", "notifications::api", "partnership::api"})
package org.safeguardinghub.accounts;

import org.springframework.modulith.ApplicationModule;

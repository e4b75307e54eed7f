/**
 * One action tracker for the whole partnership: actions from meetings, reviews, audits and plans
 * (through {@link org.safeguardinghub.actions.ActionTracker}), their owners, updates and closure.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "accounts::api", "audit::api", "exports::api", "govuk::api", "notifications::api",
        "partnership::api", "rules::api"})
package org.safeguardinghub.actions;

import org.springframework.modulith.ApplicationModule;

/**
 * The strategic plan and its priorities, delivered through yearly business plans whose activities
 * their owners report on each quarter for the executive to review.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "audit::api", "exports::api", "govuk::api", "partnership::api", "rules::api"})
package org.safeguardinghub.plans;

import org.springframework.modulith.ApplicationModule;

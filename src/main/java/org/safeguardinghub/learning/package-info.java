/**
 * Learning from case reviews and audits: findings tagged with the partnership's learning themes and
 * followed through their tracker actions, the recurring themes, and learning briefings spread to
 * every agency, confirmed and published for anyone to read or subscribe to.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "accounts::api", "actions::api", "audit::api", "exports::api", "govuk::api",
        "notifications::api", "partnership::api", "rules::api"})
package org.safeguardinghub.learning;

import org.springframework.modulith.ApplicationModule;

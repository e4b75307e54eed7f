/**
 * Framework wiring with no business rules: security and access rules, the embedded database,
 * error pages, request-wide model attributes.
 */
@ApplicationModule(allowedDependencies = {"access::api", "accounts::api", "govuk::api", "partnership::api"})
package org.safeguardinghub.infrastructure;

import org.springframework.modulith.ApplicationModule;

/** Support for GOV.UK Design System components in forms and pages: dates, pagination, error messages, table cells. No business rules. */
@ApplicationModule(allowedDependencies = {"rules::api"})
package org.safeguardinghub.govuk;

import org.springframework.modulith.ApplicationModule;

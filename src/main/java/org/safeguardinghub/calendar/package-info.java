/**
 * Working days in England: Monday to Friday less the bank holidays the system administrator keeps,
 * for every statutory clock in the Hub (case reviews now; allegations and others later).
 */
@ApplicationModule(allowedDependencies = {"audit::api", "govuk::api", "rules::api"})
package org.safeguardinghub.calendar;

import org.springframework.modulith.ApplicationModule;

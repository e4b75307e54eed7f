/** The append-only audit trail: every change and every view of a confidential record. */
@ApplicationModule(allowedDependencies = {"govuk::api"})
package org.safeguardinghub.audit;

import org.springframework.modulith.ApplicationModule;

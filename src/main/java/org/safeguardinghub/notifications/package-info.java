/** Email: sent by SMTP when configured, otherwise kept in an outbox administrators can read. */
@ApplicationModule(allowedDependencies = {"govuk::api"})
package org.safeguardinghub.notifications;

import org.springframework.modulith.ApplicationModule;

/**
 * Independent scrutiny and challenge: the challenge log (challenges put to organisations and
 * groups, their responses, escalation, outcome and impact) and the year's lines of enquiry with
 * the scrutiny activities, findings and partners' responses that answer them.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "actions::api", "audit::api", "govuk::api", "partnership::api", "rules::api"})
package org.safeguardinghub.scrutiny;

import org.springframework.modulith.ApplicationModule;

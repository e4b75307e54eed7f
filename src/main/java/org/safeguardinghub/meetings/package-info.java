/**
 * Meetings of the partnership's groups: agendas and papers, attendance and quorum, minutes item by
 * item with their decisions, actions and matters raised to the parent group, and their approval.
 * Minutes written elsewhere are read by the {@code extraction} package, which needs nothing else
 * from the Hub.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "actions::api", "audit::api", "govuk::api", "notifications::api",
        "partnership::api", "plans::api", "risks::api", "rules::api", "scrutiny::api"})
package org.safeguardinghub.meetings;

import org.springframework.modulith.ApplicationModule;

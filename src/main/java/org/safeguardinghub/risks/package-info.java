/**
 * The risk register: risks to the partnership's ability to safeguard children, rated for
 * likelihood and impact with a history that is never rewritten, mitigated by actions on the
 * tracker, and escalated from a subgroup's register to the board's.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "actions::api", "audit::api", "exports::api", "govuk::api", "partnership::api",
        "plans::api", "rules::api"})
package org.safeguardinghub.risks;

import org.springframework.modulith.ApplicationModule;

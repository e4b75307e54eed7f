/** Who the partnership is: its organisations, people, groups, memberships and terms of reference. */
@ApplicationModule(allowedDependencies = {"access::api", "audit::api", "govuk::api", "rules::api"})
package org.safeguardinghub.partnership;

import org.springframework.modulith.ApplicationModule;

/**
 * Case reviews: referrals of cases that may meet the criteria, serious incident notifications, rapid
 * reviews against their working-day clocks, and the confidential records only the joint case review
 * group, the business unit, the independent chair and the partners may see.
 */
@ApplicationModule(allowedDependencies = {
        "access::api", "accounts::api", "actions::api", "audit::api", "calendar::api", "govuk::api",
        "learning::api", "meetings::api", "notifications::api", "partnership::api", "rules::api"})
package org.safeguardinghub.reviews;

import org.springframework.modulith.ApplicationModule;

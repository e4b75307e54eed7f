/**
 * Searching a partnership's minutes, decisions, matters raised and actions, showing each person only
 * what the groups and confidential items they may see allow.
 */
@ApplicationModule(allowedDependencies = {"access::api", "govuk::api", "partnership::api"})
package org.safeguardinghub.search;

import org.springframework.modulith.ApplicationModule;

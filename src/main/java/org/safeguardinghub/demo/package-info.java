/** Demo partnerships for the run command, and synthetic national-scale data for benchmarks. */
@ApplicationModule(allowedDependencies = {
        "access::api", "accounts::api", "actions::api", "learning::api", "meetings::api", "partnership::api",
        "plans::api", "reviews::api", "risks::api", "scrutiny::api"})
package org.safeguardinghub.demo;

import org.springframework.modulith.ApplicationModule;

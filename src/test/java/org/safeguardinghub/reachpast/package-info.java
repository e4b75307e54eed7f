/**
 * Not part of the Hub: a module that reaches past the accounts API on purpose, so that {@code
 * ModularityTests} can show that {@code verify()} refuses it. Only that test imports it.
 */
@ApplicationModule(allowedDependencies = "accounts::api")
package org.safeguardinghub.reachpast;

import org.springframework.modulith.ApplicationModule;

/**
 * How a rule of the Hub says no: a {@link org.safeguardinghub.rules.Refused refusal} whose message
 * is written for the person who tried, and the one check that refuses a {@link
 * org.safeguardinghub.rules.StaleEdit stale edit}. Every module's entities throw these; the web
 * layer turns them into GOV.UK error messages in one place ({@code govuk.FormErrors}).
 */
@ApplicationModule(allowedDependencies = {})
package org.safeguardinghub.rules;

import org.springframework.modulith.ApplicationModule;

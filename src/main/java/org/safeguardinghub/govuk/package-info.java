/** Support for GOV.UK Design System components in forms and pages: dates, pagination. No business rules. */
package org.safeguardinghub.govuk;

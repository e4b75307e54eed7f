/** Support for GOV.UK Design System components in forms and pages: dates, pagination, error messages, table cells. No business rules. */
package org.safeguardinghub.govuk;

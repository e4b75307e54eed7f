/**
 * Working days in England: Monday to Friday less the bank holidays the system administrator keeps,
 * for every statutory clock in the Hub (case reviews now; allegations and others later).
 */
package org.safeguardinghub.calendar;

/**
 * Independent scrutiny and challenge: the challenge log (challenges put to organisations and
 * groups, their responses, escalation, outcome and impact) and the year's lines of enquiry with
 * the scrutiny activities, findings and partners' responses that answer them.
 */
package org.safeguardinghub.scrutiny;

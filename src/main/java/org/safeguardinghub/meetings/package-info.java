/**
 * Meetings of the partnership's groups: agendas and papers, attendance and quorum, minutes item by
 * item with their decisions, actions and matters raised to the parent group, and their approval.
 * Minutes written elsewhere are read by the {@code extraction} package, which needs nothing else
 * from the Hub.
 */
package org.safeguardinghub.meetings;

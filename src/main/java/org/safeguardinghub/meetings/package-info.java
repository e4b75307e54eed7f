/**
 * Meetings of the partnership's groups, their minutes, decisions and actions; so far only the
 * {@link org.safeguardinghub.meetings.MinutesExtractor}, which reads minutes written elsewhere.
 */
package org.safeguardinghub.meetings;

package org.safeguardinghub.meetings.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * What could be read from one set of minutes written outside the Hub, for someone to check before
 * anything is saved. Nothing here is trusted: every match the extractor was unsure of is in
 * {@code warnings}.
 *
 * @param date the meeting date, or null when the minutes do not give one
 */
public record ExtractedMinutes(
        String file,
        String title,
        LocalDate date,
        List<Attendee> attendees,
        List<String> apologies,
        List<String> notInAttendance,
        List<Item> items,
        List<Action> actions,
        List<Decision> decisions,
        List<String> warnings) {

    public ExtractedMinutes {
        attendees = List.copyOf(attendees);
        apologies = List.copyOf(apologies);
        notInAttendance = List.copyOf(notInAttendance);
        items = List.copyOf(items);
        actions = List.copyOf(actions);
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }

    /** A file that could not be read at all, so that a folder's report still names it. */
    public static ExtractedMinutes unreadable(String file, String reason) {
        return new ExtractedMinutes(file, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(reason));
    }

    /**
     * Someone present, with their initials as the minutes give them (null when they give none).
     *
     * @param role the job title
     */
    public record Attendee(String name, String initials, String organisation, String role) {
    }

    /** An agenda item: its number as written ("3") and its title without the presenter. */
    public record Item(String number, String title) {
    }

    /**
     * An action as the minutes word it.
     *
     * @param item the agenda item it was raised under, or null when it cannot be told
     * @param owners full names of attendees, or labels kept as written ("All partners", "The Business
     *     Unit"), or the initials as written when they could not be matched (with a warning)
     * @param due an ISO date, the phrase as written when it is relative ("within seven days", "at the
     *     next meeting", "Ongoing"), or null when none is given
     */
    public record Action(String item, String text, List<String> owners, String due) {

        public Action {
            owners = List.copyOf(owners);
        }
    }

    public record Decision(String item, String text) {
    }
}

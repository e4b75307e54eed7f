package org.safeguardinghub.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Minutes written outside the Hub, as the person importing them checked and corrected them: every
 * name is now a person, organisation or "all partners" in the Hub, and every deadline a date or none.
 * {@link MinutesImport#importMinutes} saves all of it or nothing.
 *
 * @param fileName the file the minutes came from, kept on the meeting
 * @param importedBy the username, or "bin/import-minutes" for the command line
 */
record ConfirmedMinutes(long partnershipId, long groupId, String fileName, LocalDate heldOn, LocalTime startsAt,
        LocalTime endsAt, String location, String onlineLink, List<Attendee> attendees, List<Item> items,
        List<Action> actions, List<Decision> decisions, String importedBy) {

    public ConfirmedMinutes {
        attendees = List.copyOf(attendees);
        items = List.copyOf(items);
        actions = List.copyOf(actions);
        decisions = List.copyOf(decisions);
    }

    public record Attendee(long personId, AttendanceStatus status) {
    }

    /** An agenda item, in the order of the minutes. */
    public record Item(String title, boolean confidential) {
    }

    /**
     * @param number the action's place in the minutes as read, from 1, whether or not those before it
     *     were kept: a refusal of the action names the preview's field for its owner by it
     * @param item the index in {@link #items()} of the item it was raised under
     */
    public record Action(int number, int item, String text, Set<Long> ownerPersonIds, Set<Long> ownerOrganisationIds,
            boolean allPartners, LocalDate dueOn) {

        public Action {
            ownerPersonIds = Set.copyOf(ownerPersonIds);
            ownerOrganisationIds = Set.copyOf(ownerOrganisationIds);
        }

        /** The preview's field for the action's first owner. */
        String ownerField() {
            return "action-" + (number - 1) + "-owner-0";
        }
    }

    /** @param item the index in {@link #items()} of the item it was decided on */
    public record Decision(int item, String text) {
    }
}

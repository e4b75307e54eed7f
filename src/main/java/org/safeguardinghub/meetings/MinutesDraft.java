package org.safeguardinghub.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Minutes read from a file and matched to the Hub's people, organisations and meetings, before
 * anyone has checked them: what the preview shows and the command line saves where it is sure.
 * Every match the Hub is not sure of carries a note saying why. Kept in the person's session, never
 * in the database.
 *
 * @param date the meeting date the minutes give, or null
 */
record MinutesDraft(String id, long partnershipId, long groupId, String fileName, String title, LocalDate date,
        LocalTime startsAt, LocalTime endsAt, String place, List<String> warnings, List<AttendeeRow> attendees,
        List<ItemRow> items, List<ActionRow> actions, List<DecisionRow> decisions) implements Serializable {

    /** Owner choices in the preview: a person, an organisation or every partner. */
    static final String ALL_PARTNERS = "all";

    static String person(long id) {
        return "person:" + id;
    }

    static String organisation(long id) {
        return "organisation:" + id;
    }

    /**
     * Someone the minutes list as present, sending apologies or not in attendance.
     *
     * @param asWritten the name with initials, organisation and job title as the minutes give them
     * @param personId the person in the Hub they were matched to, or null
     * @param note why the match is uncertain, or null when it is certain (the same name, once)
     */
    record AttendeeRow(String name, String asWritten, Long personId, AttendanceStatus status, String note)
            implements Serializable {

        boolean certain() {
            return personId != null && note == null;
        }
    }

    record ItemRow(String number, String title) implements Serializable {
    }

    /**
     * @param item the index of the item it was raised under, or null when the minutes do not say
     * @param owners owner choices matched, certain or not
     * @param certainOwners the owners matched with certainty; empty when any owner as written is uncertain
     * @param dueAsWritten the deadline in the minutes' words or as an ISO date, or null
     * @param notes what the person importing must check
     */
    record ActionRow(Integer item, String text, List<String> ownersAsWritten, List<String> owners,
            List<String> certainOwners, String dueAsWritten, LocalDate dueOn, List<String> notes) implements Serializable {
    }

    record DecisionRow(Integer item, String text, String note) implements Serializable {
    }
}

package org.safeguardinghub.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** What is needed to put a group's meeting in the diary. */
public record ScheduleMeeting(long partnershipId, long groupId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
        String location, String onlineLink) {
}

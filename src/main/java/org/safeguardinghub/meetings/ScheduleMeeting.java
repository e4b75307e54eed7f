package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.time.LocalTime;

/** What is needed to put a group's meeting in the diary. */
@NamedInterface("api")
public record ScheduleMeeting(long partnershipId, long groupId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
        String location, String onlineLink) {
}

package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

/**
 * One line of a meeting's attendance sheet: a current member of the group (recorded or not yet)
 * or someone else recorded as in attendance.
 */
@NamedInterface("api")
public record AttendanceRow(long personId, String name, String jobTitle, Long organisationId, String organisationName,
        boolean member, AttendanceStatus status, Long deputyPersonId, String deputyName, Long usualDeputyId) {
}

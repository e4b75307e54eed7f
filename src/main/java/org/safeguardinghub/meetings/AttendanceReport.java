package org.safeguardinghub.meetings;

import java.util.List;

/**
 * Attendance by exception, as the seed minutes report it: members who have now missed two
 * meetings running (apologies or absent, without a deputy), and member organisations nobody
 * represented at this meeting.
 */
public record AttendanceReport(List<String> missedTwoRunning, List<String> organisationsNotRepresented) {

    public boolean isEmpty() {
        return missedTwoRunning.isEmpty() && organisationsNotRepresented.isEmpty();
    }
}

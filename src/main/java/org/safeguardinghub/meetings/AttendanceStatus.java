package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    REPRESENTED("Represented by a deputy"),
    ABSENT("Absent without apologies");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the member's seat was filled, in person or by their deputy. */
    public boolean seatFilled() {
        return this == PRESENT || this == REPRESENTED;
    }
}

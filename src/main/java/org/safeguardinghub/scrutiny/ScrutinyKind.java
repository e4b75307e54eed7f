package org.safeguardinghub.scrutiny;

import org.springframework.modulith.NamedInterface;

/** The kinds of scrutiny activity. */
@NamedInterface("api")
public enum ScrutinyKind {
    OBSERVATION("Observation of a meeting"),
    CHALLENGE_DAY("Challenge day"),
    AUDIT_OF_ARRANGEMENTS("Audit of the arrangements"),
    OTHER("Other scrutiny");

    private final String label;

    ScrutinyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

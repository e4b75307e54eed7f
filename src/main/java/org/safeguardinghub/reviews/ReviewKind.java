package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.learning.LearningSource;

/** A review the partnership holds itself, or one whose learning arrives from elsewhere. */
@NamedInterface("api")
public enum ReviewKind {
    LOCAL_PRACTICE_REVIEW("Local child safeguarding practice review"),
    NATIONAL_REVIEW("National review"),
    DOMESTIC_HOMICIDE_REVIEW("Domestic homicide review"),
    SAFEGUARDING_ADULT_REVIEW("Safeguarding adult review"),
    MAPPA_REVIEW("MAPPA serious case review"),
    OTHER_AREA_REVIEW("Another area's review");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isLocal() {
        return this == LOCAL_PRACTICE_REVIEW;
    }

    /** What the learning register calls findings from this kind of review. */
    public LearningSource learningSource() {
        return LearningSource.valueOf(name());
    }
}

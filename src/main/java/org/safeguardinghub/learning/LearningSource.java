package org.safeguardinghub.learning;

import org.springframework.modulith.NamedInterface;

/** Where a finding came from. */
@NamedInterface("api")
public enum LearningSource {
    RAPID_REVIEW("Rapid review"),
    LOCAL_PRACTICE_REVIEW("Local child safeguarding practice review"),
    NATIONAL_REVIEW("National review"),
    DOMESTIC_HOMICIDE_REVIEW("Domestic homicide review"),
    SAFEGUARDING_ADULT_REVIEW("Safeguarding adult review"),
    MAPPA_REVIEW("MAPPA serious case review"),
    OTHER_AREA_REVIEW("Another area's review"),
    AUDIT("Multi-agency audit");

    private final String label;

    LearningSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

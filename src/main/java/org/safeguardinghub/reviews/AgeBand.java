package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

/** The child's age as a band: enough for the review, not enough to identify them. */
@NamedInterface("api")
public enum AgeBand {
    UNBORN_OR_UNDER_1("Unborn or under 1"),
    AGED_1_TO_4("1 to 4"),
    AGED_5_TO_10("5 to 10"),
    AGED_11_TO_15("11 to 15"),
    AGED_16_TO_17("16 or 17");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

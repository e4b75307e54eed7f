package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

/** What a rapid review recommends, and what the partners decide. */
@NamedInterface("api")
public enum ReviewRoute {
    LOCAL_PRACTICE_REVIEW("A local child safeguarding practice review"),
    NO_LOCAL_REVIEW("No local review"),
    NATIONAL_REVIEW("Refer to the national Panel to consider a national review"),
    OTHER_LEARNING("Another learning route");

    private final String label;

    ReviewRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

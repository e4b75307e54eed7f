package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

/** What the person referring a case thinks it meets the criteria for. */
@NamedInterface("api")
public enum SuggestedRoute {
    SERIOUS_INCIDENT("A serious incident notification"),
    LEARNING_REVIEW("A learning review"),
    CASE_FILE_AUDIT("A case file audit");

    private final String label;

    SuggestedRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

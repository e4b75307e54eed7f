package org.safeguardinghub.plans;

import org.springframework.modulith.NamedInterface;

/** How an activity stands in a quarter: red, amber or green, or complete. */
@NamedInterface("api")
public enum Rag {
    RED("Red: off track", "govuk-tag govuk-tag--red"),
    AMBER("Amber: at risk", "govuk-tag govuk-tag--orange"),
    GREEN("Green: on track", "govuk-tag govuk-tag--green"),
    COMPLETE("Complete", "govuk-tag govuk-tag--blue");

    private final String label;
    private final String tagClass;

    Rag(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}

package org.safeguardinghub.actions;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum ActionStatus {
    OPEN("Open", "grey"),
    IN_PROGRESS("In progress", "blue"),
    DONE_BY_OWNER("Done by owner", "turquoise"),
    CLOSED("Closed by the group", "green");

    private final String label;
    private final String colour;

    ActionStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour for this status. */
    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour;
    }

    /** Still waiting on its owners. */
    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }
}

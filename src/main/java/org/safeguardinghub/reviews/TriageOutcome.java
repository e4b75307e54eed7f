package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

/** How the business unit triaged a referral. */
@NamedInterface("api")
public enum TriageOutcome {
    ACCEPTED_SERIOUS_INCIDENT("Accepted as a serious incident"),
    OTHER_ROUTE("Another learning route"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

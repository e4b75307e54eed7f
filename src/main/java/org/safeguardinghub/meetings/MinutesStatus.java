package org.safeguardinghub.meetings;

/** Where a meeting's minutes have got to. Once approved they are changed only by recorded amendments. */
public enum MinutesStatus {
    NOT_STARTED("Not started", "govuk-tag--grey"),
    DRAFT("Draft", "govuk-tag--yellow"),
    CIRCULATED("Circulated to members", "govuk-tag--blue"),
    APPROVED("Approved as a correct record", "govuk-tag--green"),
    FIXED("Published", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    MinutesStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    public boolean isSettled() {
        return this == APPROVED || this == FIXED;
    }
}

package org.safeguardinghub.meetings;

/**
 * Standing items every agenda starts with, which the Hub fills from its records, and ordinary items.
 */
public enum AgendaItemKind {
    WELCOME("Welcome, introductions and apologies"),
    PREVIOUS_MINUTES("Minutes of the previous meeting"),
    PREVIOUS_ACTIONS("Actions from previous meetings"),
    MATTERS_RAISED("Matters raised by subgroups"),
    ITEM(null),
    ANY_OTHER_BUSINESS("Any other business");

    private final String standardTitle;

    AgendaItemKind(String standardTitle) {
        this.standardTitle = standardTitle;
    }

    public String standardTitle() {
        return standardTitle;
    }
}

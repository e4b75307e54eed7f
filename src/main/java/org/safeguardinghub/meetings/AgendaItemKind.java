package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

/**
 * Standing items every agenda starts with, which the Hub fills from its records; ordinary items;
 * and standing reports the business unit may add, which bring the current state of the business
 * plan, the risk register or the challenge log into the papers.
 */
@NamedInterface("api")
public enum AgendaItemKind {
    WELCOME("Welcome, introductions and apologies", false),
    PREVIOUS_MINUTES("Minutes of the previous meeting", false),
    PREVIOUS_ACTIONS("Actions from previous meetings", false),
    MATTERS_RAISED("Matters raised by subgroups", false),
    ITEM(null, false),
    BUSINESS_PLAN_PROGRESS("Business plan progress", true),
    RISK_REGISTER("Risk register", true),
    CHALLENGE_LOG("Challenge log", true),
    ANY_OTHER_BUSINESS("Any other business", false);

    private final String standardTitle;
    private final boolean report;

    AgendaItemKind(String standardTitle, boolean report) {
        this.standardTitle = standardTitle;
        this.report = report;
    }

    public String standardTitle() {
        return standardTitle;
    }

    /** A standing report: added when wanted, with a summary the Hub writes. */
    public boolean isReport() {
        return report;
    }

    /** Every agenda has it when the meeting is scheduled (matters raised only for a group with subgroups). */
    public boolean isOnEveryAgenda() {
        return this != ITEM && !report;
    }
}

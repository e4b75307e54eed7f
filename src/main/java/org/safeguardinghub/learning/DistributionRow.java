package org.safeguardinghub.learning;

/** A briefing's distribution to one organisation, with the organisation's name. */
public record DistributionRow(BriefingDistribution distribution, String organisationName) {

    public String status() {
        var d = distribution;
        if (d.getCascadedOn() != null) {
            return "Cascaded to staff";
        }
        if (d.getReceivedOn() != null) {
            return "Received, not yet cascaded";
        }
        return d.getRecipients() == 0 ? "No one to send to" : "Not yet confirmed";
    }

    public String tagClass() {
        var d = distribution;
        return "govuk-tag govuk-tag--" + (d.getCascadedOn() != null ? "green" : d.getReceivedOn() != null ? "blue"
                : d.getRecipients() == 0 ? "red" : "grey");
    }
}

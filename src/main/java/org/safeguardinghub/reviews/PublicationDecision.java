package org.safeguardinghub.reviews;

/** Whether the partners publish a local review's report. */
enum PublicationDecision {
    PUBLISH("Publish the report"),
    NOT_PUBLISH("Do not publish the report");

    private final String label;

    PublicationDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

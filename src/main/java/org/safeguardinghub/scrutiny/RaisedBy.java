package org.safeguardinghub.scrutiny;

/** Who put a challenge. */
public enum RaisedBy {
    BOARD("The partnership board"),
    CHAIR("The independent chair"),
    SCRUTINEER("The independent scrutineer"),
    GROUP("A group of the partnership");

    private final String label;

    RaisedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

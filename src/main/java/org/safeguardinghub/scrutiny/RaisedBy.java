package org.safeguardinghub.scrutiny;

import org.springframework.modulith.NamedInterface;

/** Who put a challenge. */
@NamedInterface("api")
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

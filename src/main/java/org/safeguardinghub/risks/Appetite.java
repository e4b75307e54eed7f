package org.safeguardinghub.risks;

import org.springframework.modulith.NamedInterface;

/** How much of a risk the partnership will tolerate: the highest current score (likelihood × impact) it accepts. */
@NamedInterface("api")
public enum Appetite {
    AVERSE("Averse: avoid the risk", 4),
    MINIMAL("Minimal: as little as possible", 8),
    CAUTIOUS("Cautious: low risk preferred", 12),
    OPEN("Open: will accept some risk for benefit", 16);

    private final String label;
    private final int tolerates;

    Appetite(String label, int tolerates) {
        this.label = label;
        this.tolerates = tolerates;
    }

    public String label() {
        return label;
    }

    public int tolerates() {
        return tolerates;
    }
}

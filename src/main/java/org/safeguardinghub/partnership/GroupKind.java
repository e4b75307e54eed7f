package org.safeguardinghub.partnership;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum GroupKind {
    BOARD("Partnership board", true),
    EXECUTIVE("Executive group", true),
    SUBGROUP("Subgroup", false),
    TASK_AND_FINISH("Task and finish group", false),
    REFERENCE("Reference group", false);

    private final String label;
    private final boolean needsEverySafeguardingPartner;

    GroupKind(String label, boolean needsEverySafeguardingPartner) {
        this.label = label;
        this.needsEverySafeguardingPartner = needsEverySafeguardingPartner;
    }

    public String label() {
        return label;
    }

    /** A board or executive must have a member from each of the three safeguarding partners. */
    public boolean needsEverySafeguardingPartner() {
        return needsEverySafeguardingPartner;
    }
}

package org.safeguardinghub.partnership;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum OrganisationType {
    LOCAL_AUTHORITY("Safeguarding partner: local authority", true),
    INTEGRATED_CARE_BOARD("Safeguarding partner: integrated care board", true),
    POLICE("Safeguarding partner: police", true),
    RELEVANT_AGENCY("Relevant agency", false),
    EDUCATION("Education", false),
    VOLUNTARY("Voluntary sector", false),
    OTHER("Other", false);

    private final String label;
    private final boolean safeguardingPartner;

    OrganisationType(String label, boolean safeguardingPartner) {
        this.label = label;
        this.safeguardingPartner = safeguardingPartner;
    }

    public String label() {
        return label;
    }

    public boolean isSafeguardingPartner() {
        return safeguardingPartner;
    }
}

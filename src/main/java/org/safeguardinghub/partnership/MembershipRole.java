package org.safeguardinghub.partnership;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum MembershipRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    MEMBER("Member"),
    DEPUTY("Deputy"),
    ADVISER("Adviser"),
    BUSINESS_UNIT_SUPPORT("Business unit support");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

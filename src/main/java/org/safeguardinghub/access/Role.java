package org.safeguardinghub.access;

import org.springframework.modulith.NamedInterface;

/** Roles a person holds within one partnership. System administration is held separately. */
@NamedInterface("api")
public enum Role {
    BUSINESS_UNIT("Business unit"),
    CHAIR("Chair or independent scrutineer"),
    PARTNER("Lead or delegated partner"),
    AGENCY_REPRESENTATIVE("Agency representative"),
    GROUP_MEMBER("Group member"),
    READ_ONLY("Read only");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

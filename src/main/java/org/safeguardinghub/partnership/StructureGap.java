package org.safeguardinghub.partnership;

/** Something missing from the structure that the business unit should put right. */
public record StructureGap(Kind kind, Long groupId, String groupName, String detail) {

    public enum Kind {
        MISSING_SAFEGUARDING_PARTNER,
        NO_CHAIR,
        ORGANISATION_HAS_LEFT
    }

    public String message() {
        return switch (kind) {
            case MISSING_SAFEGUARDING_PARTNER -> groupName + " has no member from " + detail;
            case NO_CHAIR -> groupName + " has no chair";
            case ORGANISATION_HAS_LEFT -> detail + " sits on " + groupName + " for an organisation that has left the partnership";
        };
    }
}

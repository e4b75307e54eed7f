package org.safeguardinghub.audit;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum AuditAction {
    CREATED("Created"),
    CHANGED("Changed"),
    REMOVED("Removed"),
    VIEWED("Viewed"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign in failed"),
    LOCKED_OUT("Locked out"),
    PASSWORD_RESET("Password reset"),
    IDENTIFYING_DETAILS_KEPT("Identifying details kept");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.safeguardinghub.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A one-time password reset link. Only a hash of the token is stored. */
@Entity
class PasswordResetToken {

    @Id
    private String tokenHash;
    private Long accountId;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordResetToken() {
    }

    PasswordResetToken(String tokenHash, long accountId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("This password reset link has expired or has been used");
        }
        usedAt = now;
    }

    Long getAccountId() {
        return accountId;
    }
}

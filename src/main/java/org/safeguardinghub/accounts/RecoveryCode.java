package org.safeguardinghub.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A one-time code for signing in without the authenticator app. Only its hash is kept. */
@Entity
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    boolean isUnused() {
        return usedAt == null;
    }

    String getCodeHash() {
        return codeHash;
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("This recovery code has been used");
        }
        usedAt = now;
    }
}

package org.safeguardinghub.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** An account's authenticator app secret, set up once the person has shown a code from the app. */
@Entity
class TwoFactor {

    @Id
    private Long accountId;
    private String secret;
    private Instant enabledAt;
    private Long lastUsedStep;
    private int failedCodes;
    @Version
    private int version;

    protected TwoFactor() {
    }

    TwoFactor(long accountId, String secret, Instant enabledAt) {
        this.accountId = accountId;
        this.secret = secret;
        this.enabledAt = enabledAt;
    }

    /**
     * Accepts the code of a time step once only: a code seen by someone looking over a shoulder, or
     * sent twice, does not sign anyone in again.
     */
    boolean acceptStep(long step) {
        if (lastUsedStep != null && step <= lastUsedStep) {
            return false;
        }
        lastUsedStep = step;
        failedCodes = 0;
        return true;
    }

    void clearWrongCodes() {
        failedCodes = 0;
    }

    /** Counts a wrong code; returns how many in a row. */
    int recordWrongCode() {
        return ++failedCodes;
    }

    Long getAccountId() {
        return accountId;
    }

    String getSecret() {
        return secret;
    }

    Instant getEnabledAt() {
        return enabledAt;
    }
}

package org.safeguardinghub.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** Someone who can sign in. An account signed in only by single sign-on has no password. */
@Entity
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String email;
    private String displayName;
    private String passwordHash;
    private boolean systemAdministrator;
    private Long personId;
    private int failedSignIns;
    private Instant lockedUntil;
    private boolean enabled = true;
    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String email, String displayName, String passwordHash,
            boolean systemAdministrator, Long personId) {
        this.username = username.trim();
        this.email = email.trim();
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.systemAdministrator = systemAdministrator;
        this.personId = personId;
    }

    /** Counts a failed sign-in; enough of them in a row lock the account for a while. */
    boolean recordFailedSignIn(int maxAttempts, Duration lockout, Instant now) {
        failedSignIns++;
        if (failedSignIns >= maxAttempts) {
            lockedUntil = now.plus(lockout);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isSystemAdministrator() {
        return systemAdministrator;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }
}

package org.safeguardinghub.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.modulith.NamedInterface;

/**
 * Someone who can sign in. An account signed in only by single sign-on has no password. The
 * failed sign-in count and lock are written by {@link SignInAccounts} in single SQL updates;
 * updates here write only the columns they change, so an edit never puts back a stale count.
 */
@Entity
@DynamicUpdate
@NamedInterface("api")
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

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** Locks the account, as wrong two-factor codes do when they reach the limit. */
    void lockUntil(Instant until) {
        this.lockedUntil = until;
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

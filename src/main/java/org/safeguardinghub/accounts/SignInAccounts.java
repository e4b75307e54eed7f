package org.safeguardinghub.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.safeguardinghub.audit.AuditAction;
import org.safeguardinghub.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password sign-in. Each attempt first claims one of the account's allowed tries in a single
 * database update, and the password is checked only if that claim succeeds: guesses sent in
 * parallel queue on the account's row, so no more than the allowed number are ever checked before
 * the lock holds. A locked account, an unknown name and a wrong password all fail the same way
 * after the same work (one bcrypt check), so the answer does not tell which accounts exist.
 */
@Service
class SignInAccounts implements UserDetailsService, AuthenticationProvider {

    private final UserAccountRepository accounts;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    /** Checked instead when there is no password to check, so that every failure costs the same. */
    private final String standInHash;

    SignInAccounts(UserAccountRepository accounts, SecuritySettings settings, AuditTrail audit, Clock clock,
            JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.standInHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = byName(username).filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return principal(account, account.isLocked(clock.instant()));
    }

    private Optional<UserAccount> byName(String name) {
        var trimmed = name == null ? "" : name.trim();
        return accounts.findByUsername(trimmed).or(() -> accounts.findByEmail(trimmed));
    }

    private static AccountPrincipal principal(UserAccount account, boolean locked) {
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), locked, account.isSystemAdministrator());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        var password = String.valueOf(request.getCredentials());
        var found = byName(request.getName());
        if (found.isEmpty() || found.get().getPasswordHash() == null || !found.get().isEnabled()) {
            passwordEncoder.matches(password, standInHash);
            audit.recordSecurityEvent(found.map(UserAccount::getUsername).orElse("unknown"), AuditAction.SIGN_IN_FAILED,
                    "UserAccount", found.map(UserAccount::getId).map(String::valueOf).orElse("unknown"),
                    found.isEmpty() ? "No account with that username" : "Account has no password or is disabled");
            throw new BadCredentialsException("Bad credentials");
        }
        var account = found.get();
        var attempt = claimAttempt(account.getId());
        if (attempt.isEmpty()) {
            passwordEncoder.matches(password, standInHash);
            audit.recordSecurityEvent(account.getUsername(), AuditAction.SIGN_IN_FAILED, "UserAccount", account.getId(),
                    "Tried to sign in while locked");
            throw new LockedException("Locked");
        }
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            boolean lockedNow = attempt.get();
            audit.recordSecurityEvent(account.getUsername(), lockedNow ? AuditAction.LOCKED_OUT : AuditAction.SIGN_IN_FAILED,
                    "UserAccount", account.getId(), lockedNow ? "Locked after repeated failed sign-ins" : "Wrong password");
            throw new BadCredentialsException("Bad credentials");
        }
        var principal = principal(account, false);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /**
     * Counts one try, unless the account is locked (empty). The try that reaches the limit locks the
     * account at once, before its password is checked; a right password then lifts the lock again.
     * A lock that has run out starts the count afresh. Present: whether this try set the lock.
     */
    private Optional<Boolean> claimAttempt(long accountId) {
        var now = clock.instant();
        return jdbc.query("""
                update user_account set
                    failed_sign_ins = case when locked_until is null then failed_sign_ins else 0 end + 1,
                    locked_until = case when (case when locked_until is null then failed_sign_ins else 0 end + 1) >= ?
                                        then cast(? as timestamptz) else null end
                where id = ? and (locked_until is null or locked_until <= ?)
                returning locked_until is not null
                """, (rs, i) -> rs.getBoolean(1), settings.maxFailedAttempts(),
                Timestamp.from(now.plus(settings.lockout())), accountId, Timestamp.from(now)).stream().findFirst();
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof org.safeguardinghub.access.HubPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(account -> {
                jdbc.update("update user_account set failed_sign_ins = 0, locked_until = null where id = ?", account.getId());
                audit.recordSecurityEvent(account.getUsername(), AuditAction.SIGNED_IN, "UserAccount", account.getId(),
                        null);
            });
        }
    }
}

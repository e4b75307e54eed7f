package org.safeguardinghub.accounts;

import java.time.Clock;
import org.safeguardinghub.audit.AuditAction;
import org.safeguardinghub.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Password sign-in: finds the account, counts failures and locks after too many. */
@Service
class SignInAccounts implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SignInAccounts(UserAccountRepository accounts, SecuritySettings settings, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username.trim())
                .or(() -> accounts.findByEmail(username.trim()))
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), account.isLocked(clock.instant()), account.isSystemAdministrator());
    }

    /**
     * Counts a failed sign-in. Guesses sent in parallel would otherwise collide on the account's
     * version and go uncounted, so a collision is retried until every failure is counted.
     */
    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var name = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> countFailure(name));
                return;
            } catch (ObjectOptimisticLockingFailureException collision) {
                if (attempt >= 10) {
                    throw collision;
                }
            }
        }
    }

    private void countFailure(String name) {
        accounts.findByUsername(name).or(() -> accounts.findByEmail(name)).ifPresentOrElse(account -> {
            boolean locked = account.recordFailedSignIn(settings.maxFailedAttempts(), settings.lockout(), clock.instant());
            accounts.flush();
            audit.recordSecurityEvent(account.getUsername(), locked ? AuditAction.LOCKED_OUT : AuditAction.SIGN_IN_FAILED,
                    "UserAccount", account.getId(), locked ? "Locked after repeated failed sign-ins" : "Wrong password");
        }, () -> audit.recordSecurityEvent("unknown", AuditAction.SIGN_IN_FAILED, "UserAccount", "unknown",
                "No account with that username"));
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        var name = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        accounts.findByUsername(name).or(() -> accounts.findByEmail(name)).ifPresent(account ->
                audit.recordSecurityEvent(account.getUsername(), AuditAction.SIGN_IN_FAILED, "UserAccount",
                        account.getId(), "Tried to sign in while locked"));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof org.safeguardinghub.access.HubPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(account -> {
                account.recordSuccessfulSignIn();
                audit.recordSecurityEvent(account.getUsername(), AuditAction.SIGNED_IN, "UserAccount", account.getId(),
                        null);
            });
        }
    }
}

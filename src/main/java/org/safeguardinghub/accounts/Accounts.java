package org.safeguardinghub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.audit.AuditAction;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.notifications.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their roles, the current user, and password reset by an emailed one-time link. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final UserAccountRepository accounts;
    private final RoleGrantRepository roles;
    private final PasswordResetTokenRepository resetTokens;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String baseUrl;
    private final SessionRegistry sessions;
    private final TaskExecutor resetRequests;
    private final TransactionTemplate transactions;

    Accounts(UserAccountRepository accounts, RoleGrantRepository roles, PasswordResetTokenRepository resetTokens,
            PasswordEncoder passwordEncoder, Mailer mailer, AuditTrail audit, SecuritySettings settings, Clock clock,
            @Value("${hub.base-url}") String baseUrl, SessionRegistry sessions,
            @Qualifier("applicationTaskExecutor") TaskExecutor resetRequests, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.roles = roles;
        this.resetTokens = resetTokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.sessions = sessions;
        this.resetRequests = resetRequests;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public Optional<CurrentUser> currentUser(HubPrincipal principal) {
        return accounts.findById(principal.accountId()).filter(UserAccount::isEnabled).map(this::toCurrentUser);
    }

    private CurrentUser toCurrentUser(UserAccount account) {
        var assignments = roles.findByAccountId(account.getId()).stream().map(RoleGrant::toAssignment).toList();
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.isSystemAdministrator(), account.getPersonId(), assignments);
    }

    public List<UserAccount> all() {
        return accounts.findAll(org.springframework.data.domain.Sort.by("displayName"));
    }

    public Optional<UserAccount> find(long id) {
        return accounts.findById(id);
    }

    public Optional<UserAccount> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /**
     * The agency representatives of a partnership whose accounts are enabled and have an email
     * address: the people an organisation's actions are sent to.
     */
    public List<AgencyRepresentative> agencyRepresentatives(long partnershipId) {
        var result = new java.util.ArrayList<AgencyRepresentative>();
        for (var role : roles.findByPartnershipId(partnershipId)) {
            if (role.getRole() != Role.AGENCY_REPRESENTATIVE || role.getOrganisationId() == null) {
                continue;
            }
            accounts.findById(role.getAccountId())
                    .filter(a -> a.isEnabled() && a.getEmail() != null && !a.getEmail().isBlank())
                    .ifPresent(a -> result.add(new AgencyRepresentative(a.getId(), a.getDisplayName(), a.getEmail(),
                            role.getOrganisationId())));
        }
        return result;
    }

    public List<RoleGrant> rolesOf(long accountId) {
        return roles.findByAccountId(accountId);
    }

    public boolean isLocked(UserAccount account) {
        return account.isLocked(clock.instant());
    }

    /** Creates an account. A null password makes a single sign-on only account. */
    @Transactional
    public UserAccount create(String username, String email, String displayName, String password,
            boolean systemAdministrator, Long personId) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountRejected("username", "There is already an account with this username");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountRejected("email", "There is already an account with this email address");
        }
        if (password != null) {
            PasswordRules.check(password).ifPresent(problem -> {
                throw new AccountRejected("password", problem);
            });
        }
        return accounts.saveAndFlush(new UserAccount(username, email, displayName,
                password == null ? null : passwordEncoder.encode(password), systemAdministrator, personId));
    }

    @Transactional
    public RoleGrant grant(long accountId, long partnershipId, Role role, Long organisationId) {
        accounts.findById(accountId).orElseThrow();
        boolean exists = roles.findByAccountId(accountId).stream().anyMatch(r -> r.partnershipId() == partnershipId
                && r.getRole() == role && java.util.Objects.equals(r.getOrganisationId(), organisationId));
        if (exists) {
            throw new AccountRejected("role", "This account already has this role in this partnership");
        }
        return roles.saveAndFlush(new RoleGrant(accountId, partnershipId, role, organisationId));
    }

    @Transactional
    public void revoke(long accountId, long roleId) {
        roles.findById(roleId).filter(r -> r.getAccountId() == accountId).ifPresent(roles::delete);
    }

    @Transactional
    public void unlock(long accountId) {
        accounts.findById(accountId).orElseThrow().unlock();
    }

    /**
     * Emails a one-time link if an account has this address. The caller tells the person the same
     * thing either way, so the form does not reveal who has an account; and the looking up and
     * the writing of the email happen after the answer, on another thread, so the answer takes
     * the same time either way too.
     */
    public void requestPasswordReset(String email) {
        var address = email.trim();
        resetRequests.execute(() -> {
            try {
                transactions.executeWithoutResult(status -> sendResetLink(address));
            } catch (RuntimeException e) {
                LOG.warn("Could not send a password reset link", e);
            }
        });
    }

    private void sendResetLink(String address) {
        accounts.findByEmail(address).filter(UserAccount::isEnabled).filter(a -> a.getPasswordHash() != null)
                .ifPresent(account -> {
                    var token = newToken();
                    resetTokens.save(new PasswordResetToken(hash(token), account.getId(),
                            clock.instant().plus(settings.passwordResetValidity())));
                    mailer.send(account.getEmail(), "Reset your Safeguarding Partnership Hub password", """
                            Hello %s,

                            Someone asked to reset the password for your Safeguarding Partnership Hub account.
                            To choose a new password, open this link within %d minutes:

                            %s/password-reset/%s

                            The link works once. If you did not ask for this, you can ignore this email: your password has not changed.
                            """.formatted(account.getDisplayName(), settings.passwordResetValidity().toMinutes(), baseUrl, token));
                });
    }

    public boolean isResetTokenUsable(String token) {
        return resetTokens.findById(hash(token)).filter(t -> t.isUsable(clock.instant())).isPresent();
    }

    /**
     * Sets a new password with a reset link; the link is spent, any lockout lifted, and every
     * session of the account ended, in case someone else is signed in with the old password.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        var reset = resetTokens.findById(hash(token)).filter(t -> t.isUsable(clock.instant()))
                .orElseThrow(() -> new IllegalStateException("This password reset link has expired or has been used"));
        PasswordRules.check(newPassword).ifPresent(problem -> {
            throw new AccountRejected("password", problem);
        });
        reset.use(clock.instant());
        var account = accounts.findById(reset.getAccountId()).orElseThrow();
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.recordSecurityEvent(account.getUsername(), AuditAction.PASSWORD_RESET, "UserAccount", account.getId(),
                "Password changed with a reset link");
        SignedInSessions.endAll(sessions, account.getId());
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

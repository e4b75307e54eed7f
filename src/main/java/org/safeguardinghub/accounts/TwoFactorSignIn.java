package org.safeguardinghub.accounts;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditAction;
import org.safeguardinghub.audit.AuditTrail;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-factor sign-in with an authenticator app: setting it up, checking codes and recovery codes,
 * turning it off. Wrong codes count toward the same lockout as wrong passwords.
 */
@Service
@NamedInterface("api")
public class TwoFactorSignIn {

    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Safeguarding Partnership Hub";

    /** What checking a code found. */
    public enum Outcome { ACCEPTED, WRONG, ALREADY_USED, LOCKED }

    private final TwoFactorRepository twoFactors;
    private final RecoveryCodeRepository recoveryCodes;
    private final UserAccountRepository accounts;
    private final TwoFactorPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SecretSealing sealing;

    TwoFactorSignIn(TwoFactorRepository twoFactors, RecoveryCodeRepository recoveryCodes, UserAccountRepository accounts,
            TwoFactorPolicy policy, PasswordEncoder passwordEncoder, SecuritySettings settings, AuditTrail audit,
            Clock clock, PlatformTransactionManager transactionManager, SecretSealing sealing) {
        this.sealing = sealing;
        this.twoFactors = twoFactors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public boolean isSetUp(long accountId) {
        return twoFactors.existsById(accountId);
    }

    public boolean isRequired(CurrentUser user) {
        return policy.requiredFor(user);
    }

    /** A new random secret (160 bits, base 32), not yet saved. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The secret as a QR code image (a data URI) for an authenticator app to scan. */
    public String qrCode(String secret, String username) {
        var data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .digits(AuthenticatorCodes.DIGITS).period(AuthenticatorCodes.PERIOD_SECONDS).build();
        var generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    /**
     * Saves the secret once the person shows a right code from their app, and returns their new
     * recovery codes (shown once; only hashes are kept). A wrong code saves nothing.
     */
    @Transactional
    public List<String> setUp(long accountId, String secret, String typedCode) {
        var code = AuthenticatorCodes.normalise(typedCode);
        if (code.isEmpty()) {
            throw new AccountRejected("code", "Enter the 6-digit code from your authenticator app");
        }
        var step = AuthenticatorCodes.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new AccountRejected("code", "The code is not right. Check your app shows the Safeguarding Partnership "
                    + "Hub and enter the 6 digits it shows now");
        }
        if (twoFactors.existsById(accountId)) {
            throw new AccountRejected("code", "Two-factor sign-in is already set up for your account");
        }
        var account = accounts.findById(accountId).orElseThrow();
        var twoFactor = new TwoFactor(accountId, sealing.seal(secret), clock.instant());
        twoFactor.acceptStep(step.getAsLong());
        twoFactors.saveAndFlush(twoFactor);
        audit.recordSecurityEvent(account.getUsername(), AuditAction.CHANGED, "UserAccount", accountId,
                "Two-factor sign-in set up");
        return replaceCodes(accountId);
    }

    /** Checks a code from the authenticator app, given after the password. */
    public Outcome check(long accountId, String typedCode) {
        var code = AuthenticatorCodes.normalise(typedCode);
        return retryingCollisions(() -> {
            var twoFactor = twoFactors.findById(accountId).orElseThrow();
            var account = accounts.findById(accountId).orElseThrow();
            if (account.isLocked(clock.instant())) {
                return Outcome.LOCKED;
            }
            var step = AuthenticatorCodes.matchingStep(sealing.open(twoFactor.getSecret()), code, clock.instant());
            if (step.isPresent() && twoFactor.acceptStep(step.getAsLong())) {
                twoFactors.flush();
                return Outcome.ACCEPTED;
            }
            var outcome = wrong(account, twoFactor, step.isPresent() ? "Two-factor code used before" : "Wrong two-factor code");
            return outcome == Outcome.WRONG && step.isPresent() ? Outcome.ALREADY_USED : outcome;
        });
    }

    /** Checks a recovery code; each works once. */
    public Outcome checkRecoveryCode(long accountId, String typedCode) {
        var code = normaliseRecoveryCode(typedCode);
        return retryingCollisions(() -> {
            var twoFactor = twoFactors.findById(accountId).orElseThrow();
            var account = accounts.findById(accountId).orElseThrow();
            if (account.isLocked(clock.instant())) {
                return Outcome.LOCKED;
            }
            var match = code.isEmpty() ? java.util.Optional.<RecoveryCode>empty()
                    : recoveryCodes.findByAccountId(accountId).stream().filter(RecoveryCode::isUnused)
                            .filter(c -> passwordEncoder.matches(code, c.getCodeHash())).findFirst();
            if (match.isEmpty()) {
                return wrong(account, twoFactor, "Wrong recovery code");
            }
            match.get().use(clock.instant());
            twoFactor.clearWrongCodes();
            // The version bump makes two requests spending the same code collide, so only one succeeds.
            twoFactors.saveAndFlush(twoFactor);
            recoveryCodes.flush();
            audit.recordSecurityEvent(account.getUsername(), AuditAction.SIGNED_IN, "UserAccount", accountId,
                    "Signed in with a recovery code");
            return Outcome.ACCEPTED;
        });
    }

    public long unusedRecoveryCodes(long accountId) {
        return recoveryCodes.findByAccountId(accountId).stream().filter(RecoveryCode::isUnused).count();
    }

    /** New recovery codes; the old ones stop working. */
    @Transactional
    public List<String> replaceRecoveryCodes(long accountId) {
        twoFactors.findById(accountId).orElseThrow(() -> new AccountRejected("code", "Set up two-factor sign-in first"));
        var account = accounts.findById(accountId).orElseThrow();
        audit.recordSecurityEvent(account.getUsername(), AuditAction.CHANGED, "UserAccount", accountId,
                "New two-factor recovery codes made");
        return replaceCodes(accountId);
    }

    /** Turns two-factor sign-in off, for someone who is not required to use it. */
    @Transactional
    public void turnOff(CurrentUser user) {
        if (policy.requiredFor(user)) {
            throw new AccountRejected("twoFactor", "Your roles need two-factor sign-in, so it cannot be turned off");
        }
        twoFactors.findById(user.accountId()).ifPresent(twoFactor -> {
            recoveryCodes.deleteByAccountId(user.accountId());
            twoFactors.delete(twoFactor);
            audit.recordSecurityEvent(user.username(), AuditAction.CHANGED, "UserAccount", user.accountId(),
                    "Two-factor sign-in turned off");
        });
    }

    /**
     * For someone who has lost both their phone and their recovery codes: a system administrator
     * removes their two-factor set-up, so that their next sign-in asks them to set it up again (or
     * lets them in, if their roles do not need it). Written to the audit trail.
     */
    @Transactional
    public boolean resetByAdministrator(long accountId, String administrator) {
        var existing = twoFactors.findById(accountId);
        existing.ifPresent(twoFactor -> {
            recoveryCodes.deleteByAccountId(accountId);
            twoFactors.delete(twoFactor);
            audit.recordSecurityEvent(administrator, AuditAction.CHANGED, "UserAccount", accountId,
                    "Two-factor sign-in reset by a system administrator");
        });
        return existing.isPresent();
    }

    /**
     * Sets up two-factor sign-in for demo accounts with one published secret and recovery code list.
     * The codes are hashed once for all of them: hashing is slow on purpose.
     */
    @Transactional
    public void setUpForDemo(List<Long> accountIds, String secret, List<String> codes) {
        var hashes = codes.stream().map(c -> passwordEncoder.encode(normaliseRecoveryCode(c))).toList();
        for (var accountId : accountIds) {
            twoFactors.save(new TwoFactor(accountId, sealing.seal(secret), clock.instant()));
            twoFactors.flush();
            hashes.forEach(hash -> recoveryCodes.save(new RecoveryCode(accountId, hash)));
        }
    }

    private List<String> replaceCodes(long accountId) {
        recoveryCodes.deleteByAccountId(accountId);
        var codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(code -> recoveryCodes.save(new RecoveryCode(accountId, passwordEncoder.encode(normaliseRecoveryCode(code)))));
        return codes;
    }

    private Outcome wrong(UserAccount account, TwoFactor twoFactor, String summary) {
        // Signing in again with the password clears the password count, so wrong codes keep their own.
        boolean locked = twoFactor.recordWrongCode() >= settings.maxFailedAttempts();
        if (locked) {
            account.lockUntil(clock.instant().plus(settings.lockout()));
            twoFactor.clearWrongCodes();
        }
        accounts.flush();
        twoFactors.flush();
        audit.recordSecurityEvent(account.getUsername(), locked ? AuditAction.LOCKED_OUT : AuditAction.SIGN_IN_FAILED,
                "UserAccount", account.getId(), locked ? "Locked after repeated wrong two-factor codes" : summary);
        return locked ? Outcome.LOCKED : Outcome.WRONG;
    }

    /** Guesses sent in parallel collide on the versions; each is retried so that every one is counted. */
    private Outcome retryingCollisions(Supplier<Outcome> check) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> check.get());
            } catch (ObjectOptimisticLockingFailureException collision) {
                if (attempt >= 10) {
                    throw collision;
                }
            }
        }
    }

    private static String normaliseRecoveryCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}

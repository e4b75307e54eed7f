package org.safeguardinghub.accounts;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/** Time-based one-time codes (RFC 6238): six digits, a new one every 30 seconds, as authenticator apps show. */
public final class AuthenticatorCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private AuthenticatorCodes() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    public static String codeFor(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot make a code from this secret", e);
        }
    }

    /** The time step this code belongs to, allowing one step either side of now because phone clocks drift. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(codeFor(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** What people type: spaces and dashes are ignored. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}

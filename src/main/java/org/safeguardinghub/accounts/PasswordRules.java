package org.safeguardinghub.accounts;

import java.util.Optional;
import java.util.Set;

/** Long passwords beat complex ones (NCSC guidance): at least 12 characters, not a well-known one. */
final class PasswordRules {

    private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "qwertyuiop12",
            "passwordpassword", "safeguarding1", "safeguarding123", "letmein12345", "welcome12345");

    private PasswordRules() {
    }

    static Optional<String> check(String password) {
        if (password == null || password.length() < 12) {
            return Optional.of("Password must be 12 characters or more");
        }
        if (password.length() > 128) {
            return Optional.of("Password must be 128 characters or fewer");
        }
        if (WELL_KNOWN.contains(password.toLowerCase())) {
            return Optional.of("Choose a password that is harder to guess");
        }
        return Optional.empty();
    }
}

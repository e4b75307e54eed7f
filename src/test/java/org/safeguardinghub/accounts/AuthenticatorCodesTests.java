package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticatorCodesTests {

    /** RFC 6238's SHA-1 key, "12345678901234567890", in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfRfc6238() {
        // The RFC's eight-digit code at 59 seconds is 94287082; apps show its last six digits.
        assertThat(AuthenticatorCodes.codeFor(RFC_SECRET, AuthenticatorCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(AuthenticatorCodes.codeFor(RFC_SECRET, AuthenticatorCodes.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        long step = AuthenticatorCodes.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            var code = AuthenticatorCodes.codeFor(RFC_SECRET, step + offset);
            assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, code, now)).hasValue(step + offset);
        }
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeFor(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeFor(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void onlySixDigitsAreACode() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "", now)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "12345a", now)).isEmpty();
        assertThat(AuthenticatorCodes.normalise(" 123 456 ")).isEqualTo("123456");
    }

    @Test
    void aTimeStepIsAcceptedOnceAndNeverAnEarlierOne() {
        var twoFactor = new TwoFactor(1, RFC_SECRET, Instant.now());
        assertThat(twoFactor.acceptStep(100)).isTrue();
        assertThat(twoFactor.acceptStep(100)).as("the same code again").isFalse();
        assertThat(twoFactor.acceptStep(99)).as("an earlier code").isFalse();
        assertThat(twoFactor.acceptStep(101)).isTrue();
    }

    @Test
    void theSecretIsShownInGroupsOfFour() {
        assertThat(TwoFactorSignIn.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
    }
}

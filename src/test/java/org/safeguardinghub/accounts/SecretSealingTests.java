package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealingTests {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static String key(int fill) {
        var bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void withAKeyTheStoredSecretIsSealedAndOpensAgain() {
        var sealing = new SecretSealing(key(7));
        var stored = sealing.seal(SECRET);
        assertThat(stored).startsWith("aesgcm:").doesNotContain(SECRET);
        assertThat(sealing.seal(SECRET)).as("a fresh nonce each time").isNotEqualTo(stored);
        assertThat(sealing.open(stored)).isEqualTo(SECRET);
    }

    @Test
    void withoutAKeyTheSecretIsKeptAsItIsAndPlainSecretsStillOpenOnceAKeyIsSet() {
        var stored = new SecretSealing("").seal(SECRET);
        assertThat(stored).isEqualTo(SECRET);
        assertThat(new SecretSealing(key(7)).open(stored)).isEqualTo(SECRET);
    }

    @Test
    void theWrongKeyOrABadKeyIsRefused() {
        var stored = new SecretSealing(key(7)).seal(SECRET);
        assertThatThrownBy(() -> new SecretSealing(key(8)).open(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSealing("").open(stored)).hasMessageContaining("HUB_TWO_FACTOR_KEY");
        assertThatThrownBy(() -> new SecretSealing("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}

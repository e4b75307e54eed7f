package org.safeguardinghub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals authenticator secrets with AES-GCM under the key in {@code HUB_TWO_FACTOR_KEY} (32 bytes,
 * base 64), so that a copy of the database alone cannot make codes. Without a key they are kept as
 * they are; secrets kept before a key was set still open.
 */
@Component
class SecretSealing {

    private static final String SEALED = "aesgcm:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretSealing(@Value("${HUB_TWO_FACTOR_KEY:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("HUB_TWO_FACTOR_KEY must be 32 bytes in base 64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("HUB_TWO_FACTOR_KEY must be 32 bytes in base 64 (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String secret) {
        if (key == null) {
            return secret;
        }
        try {
            var iv = new byte[12];
            RANDOM.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            var out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return SEALED + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal the two-factor secret", e);
        }
    }

    String open(String stored) {
        if (!stored.startsWith(SEALED)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("Two-factor secrets are sealed but HUB_TWO_FACTOR_KEY is not set");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a two-factor secret: is HUB_TWO_FACTOR_KEY the key it was sealed with?", e);
        }
    }
}

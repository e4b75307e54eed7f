package org.safeguardinghub.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in protection: how many failures lock an account, for how long, how long a reset link lasts. */
@ConfigurationProperties("hub.security")
public record SecuritySettings(int maxFailedAttempts, Duration lockout, Duration passwordResetValidity) {
}

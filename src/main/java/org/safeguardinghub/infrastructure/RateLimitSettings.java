package org.safeguardinghub.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address, and one account name or email address, may make in a
 * period: for sign-in, for asking for a password reset link, and for the other public forms
 * (whose limit is per client only).
 */
@ConfigurationProperties("hub.security.rate-limits")
record RateLimitSettings(Limit signIn, Limit passwordReset, Limit publicForms) {

    record Limit(int perClient, int perAccount, Duration period) {
    }
}

package org.safeguardinghub.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed deliveries are retried: the first retry after {@code firstDelay}, each later one
 * after twice the previous wait (never more than {@code maxDelay}), giving up after
 * {@code maxAttempts} attempts in all.
 */
@ConfigurationProperties("hub.mail.retry")
public record MailRetrySettings(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public MailRetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("hub.mail.retry.max-attempts must be at least 1");
        }
    }

    /** How long to wait after the given number of failed attempts. */
    Duration delayAfter(int failedAttempts) {
        var delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

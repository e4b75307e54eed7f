package org.safeguardinghub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTests {

    private final Instant written = Instant.parse("2026-05-01T09:00:00Z");
    private final MailRetrySettings retry = new MailRetrySettings(4, Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Test
    void waitsLongerAfterEachFailureUpToTheLongestWaitThenGivesUp() {
        var message = new OutboxMessage("a@example.org", "Subject", "Body", written, true);
        assertThat(message.getNextAttemptAt()).isEqualTo(written);
        assertThat(message.getStatusText()).isEqualTo("Waiting to send");

        message.attemptFailed("Connection refused", written, retry);
        assertThat(message.getNextAttemptAt()).isEqualTo(written.plus(Duration.ofMinutes(5)));
        assertThat(message.getStatusText()).isEqualTo("Waiting to retry");
        assertThat(message.getFailure()).isEqualTo("Connection refused");

        var second = written.plus(Duration.ofMinutes(5));
        message.attemptFailed("Connection refused", second, retry);
        assertThat(message.getNextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(10)));
        var third = second.plus(Duration.ofMinutes(10));
        message.attemptFailed("Timed out", third, retry);
        assertThat(message.getNextAttemptAt()).as("never more than the longest wait").isEqualTo(third.plus(Duration.ofMinutes(15)));

        message.attemptFailed("Timed out", third.plus(Duration.ofMinutes(15)), retry);
        assertThat(message.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(message.getAttempts()).isEqualTo(4);
        assertThat(message.getNextAttemptAt()).isNull();
        assertThat(message.getStatusText()).isEqualTo("Failed after 4 attempts");
        assertThat(message.getFailure()).isEqualTo("Timed out");
        assertThatThrownBy(() -> message.delivered(Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRetryThatSucceedsIsSentAndKeepsTheLastError() {
        var message = new OutboxMessage("a@example.org", "Subject", "Body", written, true);
        message.attemptFailed("Connection refused", written, retry);
        message.delivered(written.plus(Duration.ofMinutes(5)));
        assertThat(message.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(message.getSentAt()).isEqualTo(written.plus(Duration.ofMinutes(5)));
        assertThat(message.getNextAttemptAt()).isNull();
        assertThat(message.getStatusText()).isEqualTo("Sent at attempt 2");
        assertThat(message.getFailure()).isEqualTo("Connection refused");
    }

    @Test
    void withoutAMailServerAMessageWaitsInTheOutboxAndALongErrorIsCut() {
        var held = new OutboxMessage("a@example.org", "Subject", "Body", written, false);
        assertThat(held.getNextAttemptAt()).isNull();
        assertThat(held.getStatusText()).isEqualTo("In outbox");
        var message = new OutboxMessage("a@example.org", "Subject", "Body", written, true);
        message.attemptFailed("x".repeat(2000), written, retry);
        assertThat(message.getFailure()).hasSize(500).endsWith("...");
    }
}

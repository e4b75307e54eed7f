package org.safeguardinghub.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * Every email the Hub writes, with where its delivery has got to: waiting (for its first attempt,
 * a retry, or a mail server), sent, or given up after its last attempt.
 */
@Entity
public class OutboxMessage {

    private static final int LONGEST_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant createdAt;
    private String recipient;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private String failure;

    protected OutboxMessage() {
    }

    /** A new message; with a mail server it is due for delivery at once, without one it waits here. */
    OutboxMessage(String recipient, String subject, String body, Instant createdAt, boolean deliverable) {
        this.createdAt = createdAt;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = deliverable ? createdAt : null;
    }

    void delivered(Instant at) {
        requirePending();
        this.attempts++;
        this.lastAttemptAt = at;
        this.status = DeliveryStatus.SENT;
        this.sentAt = at;
        this.nextAttemptAt = null;
    }

    /** Records a failed attempt; the message is tried again later, or given up after the last attempt. */
    void attemptFailed(String error, Instant at, MailRetrySettings retry) {
        requirePending();
        this.attempts++;
        this.lastAttemptAt = at;
        this.failure = error == null ? "Unknown error"
                : error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR - 3) + "..." : error;
        if (attempts >= retry.maxAttempts()) {
            this.status = DeliveryStatus.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = at.plus(retry.delayAfter(attempts));
        }
    }

    private void requirePending() {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Email " + id + " is no longer waiting to be sent");
        }
    }

    /** What the outbox shows about delivery, in words. */
    public String getStatusText() {
        return switch (status) {
            case SENT -> attempts > 1 ? "Sent at attempt " + attempts : "Sent";
            case FAILED -> "Failed after " + attempts + (attempts == 1 ? " attempt" : " attempts");
            case PENDING -> nextAttemptAt == null ? "In outbox"
                    : attempts == 0 ? "Waiting to send" : "Waiting to retry";
        };
    }

    /** The GOV.UK tag colour for the status. */
    public String getStatusTagClass() {
        return "govuk-tag govuk-tag--" + switch (status) {
            case SENT -> "green";
            case FAILED -> "red";
            case PENDING -> nextAttemptAt == null ? "grey" : attempts == 0 ? "blue" : "yellow";
        };
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The last delivery error, kept after a later attempt succeeds. */
    public String getFailure() {
        return failure;
    }

    /** The body with any one-time link hidden, for people reading the outbox who are not the recipient. */
    public String getBodyForAdministrators() {
        return body.replaceAll("(/password-reset/|/briefing-confirmations/|/subscriptions/confirm/|/subscriptions/leave/)[A-Za-z0-9_-]+",
                "$1[hidden]");
    }
}

package org.safeguardinghub.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Every email the Hub writes, with whether and when it was handed to the mail server. */
@Entity
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant createdAt;
    private String recipient;
    private String subject;
    private String body;
    private Instant sentAt;
    private String failure;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body) {
        this.createdAt = Instant.now();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
    }

    void sent() {
        this.sentAt = Instant.now();
        this.failure = null;
    }

    void failed(String reason) {
        this.failure = reason;
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

    public Instant getSentAt() {
        return sentAt;
    }

    public String getFailure() {
        return failure;
    }

    /** The body with any one-time link hidden, for people reading the outbox who are not the recipient. */
    public String getBodyForAdministrators() {
        return body.replaceAll("/password-reset/[A-Za-z0-9_-]+", "/password-reset/[hidden]");
    }
}

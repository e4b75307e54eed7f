package org.safeguardinghub.notifications;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands messages to the mail server, each in its own transaction, never in the transaction that
 * wrote them: a message is delivered after that transaction commits, so a mail server that is down
 * or slow cannot undo or hold up the change the email is about. Failures are retried by
 * {@link #retryDueMessages()}.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxMessageRepository outbox;
    private final OutboxAttachmentRepository attachments;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailRetrySettings retry;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate ownTransaction;

    MailDelivery(OutboxMessageRepository outbox, OutboxAttachmentRepository attachments,
            ObjectProvider<JavaMailSender> sender, MailRetrySettings retry, Clock clock,
            @Value("${hub.mail.from}") String from, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.sender = sender;
        this.retry = retry;
        this.clock = clock;
        this.from = from;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean hasMailServer() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Delivers the message once the current transaction commits (at once without one). Messages
     * written in one transaction go in order; after the first failure the rest wait for the retry
     * job rather than keep the person waiting on a mail server that is not answering.
     */
    void deliverAfterCommit(long messageId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliver(messageId);
            return;
        }
        @SuppressWarnings("unchecked")
        var queued = (List<Long>) TransactionSynchronizationManager.getResource(this);
        if (queued == null) {
            var batch = new ArrayList<Long>();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    for (var id : batch) {
                        if (!deliver(id)) {
                            break;
                        }
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MailDelivery.this);
                }
            });
            queued = batch;
        }
        queued.add(messageId);
    }

    /** Retries every message whose next attempt is due. Returns how many were sent. */
    int retryDue() {
        if (!hasMailServer()) {
            return 0;
        }
        var sent = 0;
        for (var id : outbox.dueForDelivery(clock.instant())) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    @Scheduled(cron = "${hub.mail.retry.cron}")
    void retryDueMessages() {
        var sent = retryDue();
        if (sent > 0) {
            log.info("Retried email: {} sent", sent);
        }
    }

    /** One attempt at one message. True if it was sent; false if it failed or was not waiting. */
    boolean deliver(long messageId) {
        var smtp = sender.getIfAvailable();
        if (smtp == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                var message = outbox.lockForDelivery(messageId).orElse(null);
                if (message == null) {
                    return false;
                }
                try {
                    send(smtp, message);
                    message.delivered(clock.instant());
                    return true;
                } catch (RuntimeException | MessagingException e) {
                    log.warn("Email {} could not be delivered (attempt {}): {}", messageId, message.getAttempts() + 1,
                            e.getMessage());
                    message.attemptFailed(e.getMessage(), clock.instant(), retry);
                    return false;
                }
            }));
        } catch (RuntimeException e) {
            log.warn("Email {} could not be recorded as attempted: {}", messageId, e.getMessage());
            return false;
        }
    }

    private void send(JavaMailSender smtp, OutboxMessage message) throws MessagingException {
        var files = attachments.findByMessageIdOrderByPosition(message.getId());
        if (files.isEmpty()) {
            var mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(message.getRecipient());
            mail.setSubject(message.getSubject());
            mail.setText(message.getBody());
            smtp.send(mail);
            return;
        }
        var mime = smtp.createMimeMessage();
        var helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        for (var file : files) {
            var attachment = file.toAttachment();
            helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        smtp.send(mime);
    }
}

package org.safeguardinghub.notifications;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends plain-text email, with files attached if need be. Every message is kept in the outbox,
 * written in the caller's transaction; with SMTP configured (SPRING_MAIL_HOST) it is delivered
 * after that transaction commits, and a failed delivery is retried, never thrown back.
 */
@Service
@NamedInterface("api")
public class Mailer {

    private final OutboxMessageRepository outbox;
    private final OutboxAttachmentRepository attachments;
    private final MailDelivery delivery;
    private final Clock clock;

    Mailer(OutboxMessageRepository outbox, OutboxAttachmentRepository attachments, MailDelivery delivery, Clock clock) {
        this.outbox = outbox;
        this.attachments = attachments;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional
    public OutboxMessage send(String recipient, String subject, String body, MailAttachment... files) {
        var deliverable = delivery.hasMailServer();
        var message = outbox.save(new OutboxMessage(recipient, subject, body, clock.instant(), deliverable));
        for (int i = 0; i < files.length; i++) {
            attachments.save(new OutboxAttachment(message.getId(), i, files[i]));
        }
        if (deliverable) {
            delivery.deliverAfterCommit(message.getId());
        }
        return message;
    }

    public boolean deliversBySmtp() {
        return delivery.hasMailServer();
    }

    /** Tries again every message whose retry is due; the scheduled job does this every minute. */
    public int retryDue() {
        return delivery.retryDue();
    }

    @Transactional(readOnly = true)
    public Page<OutboxMessage> outbox(int page, int size) {
        return outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(0, page - 1), size));
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> message(long id) {
        return outbox.findById(id);
    }

    @Transactional(readOnly = true)
    java.util.List<OutboxAttachment> attachmentsOf(long messageId) {
        return attachments.findByMessageIdOrderByPosition(messageId);
    }
}

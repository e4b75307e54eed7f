package org.safeguardinghub.notifications;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends plain-text email. Every message is kept in the outbox; with SMTP configured
 * (SPRING_MAIL_HOST) it is also delivered, and a failed delivery is recorded, not thrown.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final OutboxMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(OutboxMessageRepository outbox, ObjectProvider<JavaMailSender> sender, @Value("${hub.mail.from}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
    }

    @Transactional
    public OutboxMessage send(String recipient, String subject, String body) {
        var message = outbox.save(new OutboxMessage(recipient, subject, body));
        var smtp = sender.getIfAvailable();
        if (smtp != null) {
            var mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(recipient);
            mail.setSubject(subject);
            mail.setText(body);
            try {
                smtp.send(mail);
                message.sent();
            } catch (MailException e) {
                log.warn("Email {} could not be delivered: {}", message.getId(), e.getMessage());
                message.failed(e.getMessage());
            }
        }
        return message;
    }

    public boolean deliversBySmtp() {
        return sender.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    public Page<OutboxMessage> outbox(int page, int size) {
        return outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(0, page - 1), size));
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> message(long id) {
        return outbox.findById(id);
    }
}

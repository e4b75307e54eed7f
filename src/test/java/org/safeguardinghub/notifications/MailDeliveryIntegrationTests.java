package org.safeguardinghub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Email by real SMTP (GreenMail): attachments, a mail server that is down, retries and giving up. */
@HubIntegrationTest
class MailDeliveryIntegrationTests {

    private static final byte[] INVITATION = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Mailer mailer;
    @Autowired
    ActionTracker tracker;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void mailServerBack() {
        TestSmtp.restart();
    }

    /** As if the wait before the next attempt had passed. */
    private void retryIsDue(long messageId) {
        jdbc.update("update outbox_message set next_attempt_at = now() - interval '1 second' where id = ?", messageId);
    }

    private static Part attachment(jakarta.mail.internet.MimeMessage email) throws Exception {
        var parts = (Multipart) email.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    @Test
    void anAttachmentIsSentWithTheMessage() throws Exception {
        var to = "invitee." + unique + "@example.org";
        mailer.send(to, "Invitation " + unique, "You are invited.",
                new MailAttachment("meeting.ics", "text/calendar", INVITATION));

        var email = TestSmtp.receivedBy(to, s -> s.equals("Invitation " + unique));
        assertThat(email).hasSize(1);
        assertThat(TestSmtp.body(email.getFirst())).contains("You are invited.");
        var file = attachment(email.getFirst());
        assertThat(file.getFileName()).isEqualTo("meeting.ics");
        assertThat(file.getContentType()).startsWith("text/calendar");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(INVITATION);
    }

    @Test
    void anActionIsSavedWhenTheMailServerIsDownAndItsEmailIsSentOnRetryWithItsAttachment() throws Exception {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var police = organisations.in(shropshire).stream().filter(o -> o.organisation().getName().equals("West Mercia Police"))
                .findFirst().orElseThrow().organisation().getId();
        TestSmtp.stop();

        var action = tracker.raise(new RaiseAction(shropshire, null, "Raised while email is down " + unique, Set.of(),
                Set.of(police), false, null, ActionSource.raisedDirectly(), "business.unit"));
        var to = "invitee." + unique + "@example.org";
        var invitation = mailer.send(to, "Invitation " + unique, "You are invited.",
                new MailAttachment("meeting.ics", "text/calendar", INVITATION));

        assertThat(jdbc.queryForObject("select count(*) from action where id = ?", Long.class, action.getId()))
                .as("the action is kept").isEqualTo(1);
        var actionEmail = jdbc.queryForObject("select id from outbox_message where subject like ? and recipient = ?",
                Long.class, "Action " + action.getId() + ":%", "gareth.lloyd@hub.example");
        var waiting = mailer.message(actionEmail).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getFailure()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getLastAttemptAt());
        assertThat(waiting.getStatusText()).isEqualTo("Waiting to retry");

        var outbox = mvc.perform(get("/admin/outbox/" + actionEmail).with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(outbox).contains("Waiting to retry", "Last error", "Next attempt");

        assertThat(mailer.retryDue()).as("nothing is due before its wait is over").isZero();
        TestSmtp.restart();
        retryIsDue(actionEmail);
        retryIsDue(invitation.getId());
        assertThat(mailer.retryDue()).isGreaterThanOrEqualTo(2);

        var sent = mailer.message(actionEmail).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(TestSmtp.receivedBy("gareth.lloyd@hub.example", s -> s.startsWith("Action " + action.getId() + ":")))
                .hasSize(1);
        var resent = TestSmtp.receivedBy(to, s -> s.equals("Invitation " + unique));
        assertThat(resent).hasSize(1);
        assertThat(attachment(resent.getFirst()).getInputStream().readAllBytes()).isEqualTo(INVITATION);
        assertThat(mailer.retryDue()).as("a sent message is not sent again").isZero();
    }

    @Test
    void afterTheLastAttemptFailsTheOutboxSaysItGaveUp() throws Exception {
        TestSmtp.stop();
        var message = mailer.send("nobody." + unique + "@example.org", "Given up " + unique, "Never arrives.");
        for (int attempt = 2; attempt <= 8; attempt++) {
            retryIsDue(message.getId());
            mailer.retryDue();
        }
        var failed = mailer.message(message.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(8);
        assertThat(failed.getNextAttemptAt()).isNull();

        TestSmtp.restart();
        mailer.retryDue();
        assertThat(jdbc.queryForObject("select status from outbox_message where id = ?", String.class, message.getId()))
                .isEqualTo("FAILED");

        var page = mvc.perform(get("/admin/outbox").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Given up " + unique, "Failed after 8 attempts");
    }
}

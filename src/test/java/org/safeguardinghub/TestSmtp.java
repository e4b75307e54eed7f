package org.safeguardinghub;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) for every {@link HubIntegrationTest}, on a port the system
 * chooses so test runs side by side on one machine do not collide. The Hub's mail settings point
 * at it, so every email the Hub sends in a test really goes by SMTP. The server is shared by every
 * test in the run: look for a test's emails by their recipient and subject, never by count alone.
 */
public class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;
    private static int port;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var smtp = server();
        TestPropertyValues.of("spring.mail.host=localhost", "spring.mail.port=" + smtp.getSmtp().getPort())
                .applyTo(context.getEnvironment(), TestPropertyValues.Type.MAP, "test-smtp");
    }

    /** Takes the mail server away, as if it were down. */
    public static synchronized void stop() {
        if (server != null && server.isRunning()) {
            server.stop();
        }
    }

    /** Brings the mail server back on the same port, with no messages. */
    public static synchronized void restart() {
        if (server != null && !server.isRunning()) {
            server = new GreenMail(ServerSetupTest.SMTP.port(port));
            server.start();
        }
    }

    /** Emails received so far for this address (any case) whose subject matches. */
    public static List<MimeMessage> receivedBy(String address, Predicate<String> subject) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))
                        && subject.test(m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }
}

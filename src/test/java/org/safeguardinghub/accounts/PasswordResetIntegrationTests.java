package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Password reset by a one-time link sent through a real SMTP server (GreenMail). */
@SpringBootTest(properties = {
        "hub.embedded-postgres.data-directory=temporary",
        "logging.structured.format.console=",
        "spring.mail.host=localhost",
        "hub.base-url=http://hub.test"})
@AutoConfigureMockMvc
class PasswordResetIntegrationTests {

    /** One server for the class, on a port the system chooses, so parallel builds on this machine do not collide. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void anEmailedLinkSetsANewPasswordOnceAndOnlyOnce() throws Exception {
        var username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username + "@example.org", "Reset Person", "the old password here", false, null);

        var sent = mvc.perform(post("/password-reset").with(csrf()).param("email", username + "@example.org")).andReturn();
        assertThat(sent.getResponse().getContentAsString()).contains("Check your email");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var email = smtp.getReceivedMessages()[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(username + "@example.org");
        var body = GreenMailUtil.getBody(email);
        var matcher = Pattern.compile("http://hub.test/password-reset/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).as("the email carries a reset link").isTrue();
        var token = matcher.group(1);
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?", Long.class, token))
                .as("only a hash of the token is stored").isZero();
        assertThat(eventually(() -> jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and sent_at is not null",
                Long.class, username + "@example.org"), 1L)).isEqualTo(1);

        var weak = mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", "short")
                .param("confirmation", "short")).andReturn();
        assertThat(weak.getResponse().getContentAsString()).contains("There is a problem", "Password must be 12 characters or more");

        var changed = mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", "a brand new password")
                .param("confirmation", "a brand new password")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?reset");

        assertThat(mvc.perform(formLogin("/sign-in").user(username).password("a brand new password")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(formLogin("/sign-in").user(username).password("the old password here")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(mvc.perform(get("/password-reset/" + token)).andReturn().getResponse().getContentAsString())
                .contains("This link has expired");
    }

    /** Delivery is marked sent just after the server has the message: look again for a moment. */
    private static <T> T eventually(java.util.function.Supplier<T> value, T expected) throws InterruptedException {
        T seen = value.get();
        for (int i = 0; i < 50 && !expected.equals(seen); i++) {
            Thread.sleep(100);
            seen = value.get();
        }
        return seen;
    }

    private String tokenEmailedTo(String address) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10000, 1)).isTrue();
        var email = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        var matcher = Pattern.compile("http://hub.test/password-reset/([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(email));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aCompletedResetEndsTheAccountsSessions() throws Exception {
        var username = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username + "@example.org", "Session Person", "the old password here", false, null);
        var elsewhere = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password("the old password here"))
                .andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/partnerships").session(elsewhere)).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/password-reset").with(csrf()).param("email", username + "@example.org"));
        var token = tokenEmailedTo(username + "@example.org");
        var changed = mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", "a brand new password")
                .param("confirmation", "a brand new password")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?reset");

        var after = mvc.perform(get("/partnerships").session(elsewhere)).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).contains("/sign-in");
        assertThat(elsewhere.isInvalid()).as("the old session is ended").isTrue();
    }

    /**
     * The time a request takes must not depend on whether the address has an account, so the
     * request must not do the looking up and writing: with the table of reset links locked, the
     * answer still comes at once for an address with an account, and the link is written after.
     */
    @Test
    void theAnswerComesBeforeAnyLinkIsWrittenWhetherOrNotTheAddressHasAnAccount() throws Exception {
        var username = "timing-" + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, username + "@example.org", "Timing Person", "the old password here", false, null);
        try (var blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table password_reset_token in exclusive mode");
            for (var address : java.util.List.of(username + "@example.org", "nobody-" + username + "@example.org")) {
                var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return mvc.perform(post("/password-reset").with(csrf()).param("email", address)).andReturn()
                                .getResponse().getContentAsString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer).contains("Check your email");
            }
            assertThat(smtp.getReceivedMessages()).as("nothing written while the table is locked").isEmpty();
            blocker.rollback();
        }
        tokenEmailedTo(username + "@example.org");
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where account_id = ?", Long.class,
                account.getId())).isEqualTo(1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        var sent = mvc.perform(post("/password-reset").with(csrf()).param("email", "nobody@example.org")).andReturn();
        assertThat(sent.getResponse().getContentAsString()).contains("Check your email");
        assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
    }

    @Test
    void aBadAddressIsExplained() throws Exception {
        var page = mvc.perform(post("/password-reset").with(csrf()).param("email", "not an email")).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter an email address in the correct format");
    }
}

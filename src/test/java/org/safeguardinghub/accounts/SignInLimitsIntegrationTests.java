package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in that holds, with tight rate limits and a clock the test moves: one extra application
 * context for the whole class. Each test uses its own client addresses (set on the MockMvc request)
 * so that one test's counts do not reach another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.embedded-postgres.data-directory=temporary",
        "hub.demo.enabled=true",
        "logging.structured.format.console=",
        "hub.security.max-failed-attempts=5",
        "hub.security.lockout=15m",
        "hub.security.rate-limits.sign-in.per-client=30",
        "hub.security.rate-limits.sign-in.per-account=25",
        "hub.security.rate-limits.sign-in.period=1h",
        "hub.security.rate-limits.password-reset.per-client=4",
        "hub.security.rate-limits.password-reset.per-account=2",
        "hub.security.rate-limits.password-reset.period=1h",
        "hub.security.rate-limits.public-forms.per-client=5",
        "hub.security.rate-limits.public-forms.period=10m",
        "hub.security.rate-limits.subscription-email-interval=10m"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestSmtp.class)
class SignInLimitsIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    /** The Hub's clock, moved forward by the tests: lock periods and email intervals are read from it. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void moveOn(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Value("${local.server.port}")
    int port;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String newAccount() {
        var username = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username + "@example.org", "Limits Person", PASSWORD, false, null);
        return username;
    }

    private record Answer(int status, String location) {
    }

    private Answer signInOverHttp(String username, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        return postSignIn(client, username, password, csrf.group(1), new CountDownLatch(0));
    }

    private Answer postSignIn(HttpClient client, String username, String password, String csrf, CountDownLatch start)
            throws Exception {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        start.await();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void twentyGuessesInParallelCheckOnlyFivePasswordsAndAllAnswerAlike() throws Exception {
        var username = newAccount();
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Answer>>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            var clients = new ArrayList<HttpClient>();
            var tokens = new ArrayList<String>();
            for (int i = 0; i < 20; i++) {
                var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
                assertThat(csrf.find()).isTrue();
                clients.add(client);
                tokens.add(csrf.group(1));
            }
            for (int i = 0; i < 20; i++) {
                int guess = i;
                answers.add(pool.submit(() -> postSignIn(clients.get(guess), username, "guess number " + guess, tokens.get(guess), start)));
            }
            start.countDown();
            var seen = new ArrayList<Answer>();
            for (var answer : answers) {
                seen.add(answer.get());
            }
            assertThat(seen).as("no 5xx, and a locked account answers as a wrong password does").hasSize(20)
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(302))
                    .extracting(Answer::location).containsOnly("http://localhost:" + port + "/sign-in?error");
        }
        assertThat(jdbc.queryForObject("select failed_sign_ins from user_account where username = ?", Integer.class, username))
                .as("five tries counted").isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor = ? and summary in ('Wrong password', 'Locked after repeated failed sign-ins')
                """, Long.class, username)).as("passwords checked").isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and summary = 'Tried to sign in while locked'",
                Long.class, username)).as("refused without a check").isEqualTo(15);

        assertThat(signInOverHttp("nobody-" + username, "guess")).as("an unknown name answers the same")
                .isEqualTo(new Answer(302, "http://localhost:" + port + "/sign-in?error"));
        assertThat(signInOverHttp(username, PASSWORD)).as("the right password is refused while locked")
                .isEqualTo(new Answer(302, "http://localhost:" + port + "/sign-in?error"));

        clock.moveOn(Duration.ofMinutes(16));
        assertThat(signInOverHttp(username, PASSWORD)).as("and accepted once the lock has run out")
                .isEqualTo(new Answer(302, "http://localhost:" + port + "/"));
        assertThat(jdbc.queryForObject("select failed_sign_ins from user_account where username = ?", Integer.class, username))
                .isZero();
    }

    private int signIn(String address, String username) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(address)).param("username", username)
                        .param("password", "not the password"))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void signInIsLimitedPerAccountNameAndPerClientAddress() throws Exception {
        var name = "limited-" + UUID.randomUUID();
        for (int i = 0; i < 25; i++) {
            assertThat(signIn("10.0.0.1", name)).isEqualTo(302);
        }
        assertThat(signIn("10.0.0.1", name)).as("26th try for one name").isEqualTo(429);
        assertThat(signIn("10.0.0.1", "other-" + name)).as("another name from the same address").isEqualTo(302);
        assertThat(signIn("10.0.0.9", name.toUpperCase())).as("the same name from elsewhere, in any case").isEqualTo(429);

        for (int i = 0; i < 30; i++) {
            assertThat(signIn("10.0.0.2", "spread-" + i + "-" + name)).isEqualTo(302);
        }
        assertThat(signIn("10.0.0.2", "spread-last-" + name)).as("31st try from one address").isEqualTo(429);
        assertThat(signIn("10.0.0.3", "spread-last-" + name)).as("another address").isEqualTo(302);
    }

    private int askForReset(String address, String email) throws Exception {
        return mvc.perform(post("/password-reset").with(csrf()).with(from(address)).param("email", email)).andReturn()
                .getResponse().getStatus();
    }

    @Test
    void passwordResetRequestsAreLimitedPerEmailAddressAndPerClientAddress() throws Exception {
        var email = "reset-" + UUID.randomUUID() + "@example.org";
        assertThat(askForReset("10.0.1.1", email)).isEqualTo(200);
        assertThat(askForReset("10.0.1.1", email)).isEqualTo(200);
        assertThat(askForReset("10.0.1.1", email)).as("third request for one email address").isEqualTo(429);
        assertThat(askForReset("10.0.1.1", "other-" + email)).as("another email address").isEqualTo(200);
        assertThat(askForReset("10.0.1.1", "third-" + email)).as("fifth request from one client").isEqualTo(429);
        assertThat(askForReset("10.0.1.2", "third-" + email)).as("another client").isEqualTo(200);
    }

    private int subscribe(String address, String email) throws Exception {
        return mvc.perform(post("/public/shropshire/subscribe").with(csrf()).with(from(address)).param("email", email))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void publicFormsAreLimitedPerClientAddress() throws Exception {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(subscribe("10.0.2.1", "public-" + i + "-" + unique + "@example.org")).isEqualTo(200);
        }
        assertThat(subscribe("10.0.2.1", "public-last-" + unique + "@example.org")).isEqualTo(429);
        assertThat(mvc.perform(post("/subscriptions/leave/no-such-token").with(csrf()).with(from("10.0.2.1"))).andReturn()
                .getResponse().getStatus()).as("every public form shares the allowance").isEqualTo(429);
        assertThat(subscribe("10.0.2.2", "public-last-" + unique + "@example.org")).as("another client").isEqualTo(200);
    }

    @Test
    void aSubscriptionEmailGoesToOneAddressOnceInTenMinutes() throws Exception {
        var address = "once-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var other = "other-" + address;
        for (var client : List.of("10.0.3.1", "10.0.3.2", "10.0.3.3")) {
            var page = mvc.perform(post("/public/shropshire/subscribe").with(csrf()).with(from(client)).param("email", address))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as("the same answer every time").contains("Check your email");
        }
        assertThat(subscribe("10.0.3.4", other)).isEqualTo(200);
        assertThat(waitForEmails(other, 1)).as("another address is not held back").isEqualTo(1);
        assertThat(waitForEmails(address, 1)).as("one email to the address, not three").isEqualTo(1);

        clock.moveOn(Duration.ofMinutes(11));
        subscribe("10.0.3.5", address);
        assertThat(waitForEmails(address, 2)).as("sent again once ten minutes have passed").isEqualTo(2);
    }

    private static int waitForEmails(String address, int expected) throws InterruptedException {
        for (int i = 0; i < 50 && TestSmtp.receivedBy(address, s -> s.startsWith("Confirm your subscription")).size() < expected; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        return TestSmtp.receivedBy(address, s -> s.startsWith("Confirm your subscription")).size();
    }

    @Test
    void tooManyAttemptsIsAPlainPageWithTheSecurityHeaders() throws Exception {
        var client = HttpClient.newHttpClient();
        HttpResponse<String> response = null;
        // No CSRF token: the limit is counted before the form is looked at, so these are refused (403) until it is reached.
        for (int i = 0; i < 6; i++) {
            response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/shropshire/subscribe"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("email=header-test%40example.org")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).contains("Too many attempts").containsPattern("Wait \\d+ minutes? and try again");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}

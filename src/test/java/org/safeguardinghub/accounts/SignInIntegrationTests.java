package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class SignInIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Value("${local.server.port}")
    int port;

    private String newAccount() {
        var username = "person-" + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, username + "@example.org", "Test Person", PASSWORD, false, null);
        accounts.grant(account.getId(), partnerships.bySlug("shropshire").orElseThrow().getId(), Role.READ_ONLY, null);
        return username;
    }

    @Test
    void theRightPasswordSignsInAndTheWrongOneDoesNot() throws Exception {
        var username = newAccount();
        var good = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andReturn();
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo("/");
        var bad = mvc.perform(formLogin("/sign-in").user(username).password("wrong password")).andReturn();
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
    }

    @Test
    void passwordsAreStoredStronglyHashed() {
        var username = newAccount();
        var hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPasswordAndSayNoMoreThanAWrongPassword() throws Exception {
        var username = newAccount();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong password " + i));
        }
        var locked = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).as("the same answer as a wrong password").isEqualTo("/sign-in?error");
        var unknown = mvc.perform(formLogin("/sign-in").user("nobody-" + username).password(PASSWORD)).andReturn();
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(mvc.perform(get("/sign-in").param("error", "")).andReturn().getResponse().getContentAsString())
                .contains("Enter a correct username and password").doesNotContain("locked");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOCKED_OUT'",
                Long.class, username)).isEqualTo(1);

        var account = accounts.byUsername(username).orElseThrow();
        mvc.perform(post("/admin/accounts/" + account.getId() + "/unlock")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(users.loadUserByUsername("admin"))));
        var unlocked = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andReturn();
        assertThat(unlocked.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void guessesSentInParallelAreAllCountedAndLockTheAccount() throws Exception {
        var username = newAccount();
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                int guess = i;
                pool.submit(() -> {
                    var response = mvc.perform(formLogin("/sign-in").user(username).password("guess " + guess))
                            .andReturn().getResponse();
                    statuses.add(response.getStatus() + " " + response.getRedirectedUrl());
                    return null;
                });
            }
        }
        assertThat(statuses).hasSize(8).allMatch(s -> s.startsWith("302 /sign-in?"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action in ('SIGN_IN_FAILED', 'LOCKED_OUT')",
                Long.class, username)).as("every guess is in the trail").isEqualTo(8);
        var locked = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(jdbc.queryForObject("select locked_until is not null from user_account where username = ?",
                Boolean.class, username)).isTrue();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        var status = mvc.perform(post("/p/shropshire/people/new").param("givenName", "No").param("familyName", "Token")
                .with(user(users.loadUserByUsername("business.unit")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from person where family_name = 'Token'", Long.class)).isZero();
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        var client = HttpClient.newHttpClient();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(headers.allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("HUB_SESSION=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(response.body()).contains("Sign in to the Safeguarding Partnership Hub");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var username = newAccount();
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(formLogin("/sign-in").user(username)
                .password(PASSWORD)).andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        mvc.perform(post("/sign-out").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aRoleTakenAwayStopsWorkingAtOnce() throws Exception {
        var username = newAccount();
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(formLogin("/sign-in").user(username)
                .password(PASSWORD)).andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        var account = accounts.byUsername(username).orElseThrow();
        accounts.rolesOf(account.getId()).forEach(r -> accounts.revoke(account.getId(), r.getId()));
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}

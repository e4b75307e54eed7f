package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.demo.DemoData;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Password sign-in followed by the second factor, through the real filter chain and sessions. */
@HubIntegrationTest
class TwoFactorSignInIntegrationTests {

    private static final String PASSWORD = "correct horse battery";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final List<String> RECOVERY = List.of("test-code-0001-aaaa", "test-code-0002-bbbb");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    TwoFactorSignIn twoFactor;
    @Autowired
    TwoFactorPolicy policy;
    @Autowired
    Partnerships partnerships;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private long shropshire() {
        return partnerships.bySlug("shropshire").orElseThrow().getId();
    }

    private UserAccount account(Role role, boolean setUp) {
        var username = "two-factor-" + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, username + "@example.org", "Test Person", PASSWORD, false, null);
        accounts.grant(account.getId(), shropshire(), role, null);
        if (setUp) {
            twoFactor.setUpForDemo(List.of(account.getId()), SECRET, RECOVERY);
        }
        return account;
    }

    private MockHttpSession signInWithPassword(String username, String expectedNext) throws Exception {
        var session = new MockHttpSession();
        var result = mvc.perform(post("/sign-in").session(session).with(csrf())
                .param("username", username).param("password", PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedNext);
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MvcResult give(MockHttpSession session, String path, String code) throws Exception {
        return mvc.perform(post(path).session(session).with(csrf()).param("code", code)).andReturn();
    }

    private static String codeNow(int stepsAhead) {
        return AuthenticatorCodes.codeFor(SECRET, AuthenticatorCodes.step(Instant.now()) + stepsAhead);
    }

    private static String wrongCode() {
        var now = AuthenticatorCodes.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            var code = "%06d".formatted(candidate);
            boolean right = false;
            for (long step = now - 2; step <= now + 2; step++) {
                right |= AuthenticatorCodes.codeFor(SECRET, step).equals(code);
            }
            if (!right) {
                return code;
            }
        }
    }

    @Test
    void aBusinessUnitUserIsRefusedEveryPageUntilTheRightCodeIsGiven() throws Exception {
        var account = account(Role.BUSINESS_UNIT, true);
        var session = signInWithPassword(account.getUsername(), "/two-factor");
        for (var path : List.of("/", "/p/shropshire", "/p/shropshire/actions", "/partnerships", "/account/two-factor")) {
            var refused = mvc.perform(get(path).session(session)).andReturn();
            assertThat(refused.getResponse().getRedirectedUrl()).as(path).isEqualTo("/two-factor");
        }
        var page = mvc.perform(get("/two-factor").session(session)).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("Enter the 6-digit code from your authenticator app")
                .contains("Use a recovery code instead");

        var wrong = give(session, "/two-factor", wrongCode());
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("There is a problem").contains("The code is not right");
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/two-factor");

        var idBefore = session.getId();
        var right = give(session, "/two-factor", codeNow(0));
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.getId()).as("a new session id once fully signed in").isNotEqualTo(idBefore);
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aCodeIsNotAcceptedTwice() throws Exception {
        var account = account(Role.CHAIR, true);
        var code = codeNow(0);
        var first = signInWithPassword(account.getUsername(), "/two-factor");
        assertThat(give(first, "/two-factor", code).getResponse().getRedirectedUrl()).isEqualTo("/");
        var second = signInWithPassword(account.getUsername(), "/two-factor");
        var again = give(second, "/two-factor", code);
        assertThat(again.getResponse().getContentAsString()).contains("This code has been used already");
        assertThat(give(second, "/two-factor", codeNow(1)).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aRecoveryCodeWorksOnceOnly() throws Exception {
        var account = account(Role.PARTNER, true);
        var first = signInWithPassword(account.getUsername(), "/two-factor");
        assertThat(mvc.perform(get("/two-factor/recovery").session(first)).andReturn().getResponse().getContentAsString())
                .contains("Enter a recovery code");
        assertThat(give(first, "/two-factor/recovery", "TEST-CODE-0001-AAAA").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/p/shropshire").session(first)).andReturn().getResponse().getStatus()).isEqualTo(200);

        var second = signInWithPassword(account.getUsername(), "/two-factor");
        var refused = give(second, "/two-factor/recovery", "test-code-0001-aaaa");
        assertThat(refused.getResponse().getContentAsString()).contains("The recovery code is not right, or has been used");
        assertThat(mvc.perform(get("/p/shropshire").session(second)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/two-factor");
        assertThat(twoFactor.unusedRecoveryCodes(account.getId())).isEqualTo(1);
    }

    @Test
    void wrongCodesLockTheAccountEvenIfThePasswordIsGivenAgainBetweenThem() throws Exception {
        var account = account(Role.BUSINESS_UNIT, true);
        MockHttpSession session = null;
        MvcResult last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            if (attempt % 2 == 1) {
                // Signing in again with the password clears the password count, not the count of wrong codes.
                session = signInWithPassword(account.getUsername(), "/two-factor");
            }
            last = give(session, "/two-factor", wrongCode());
        }
        assertThat(last.getResponse().getContentAsString()).contains("Your account is locked");
        assertThat(accounts.isLocked(accounts.find(account.getId()).orElseThrow())).isTrue();
        assertThat(mvc.perform(post("/sign-in").with(csrf()).param("username", account.getUsername())
                .param("password", PASSWORD)).andReturn().getResponse().getRedirectedUrl()).startsWith("/sign-in?");
        accounts.unlock(account.getId());
    }

    @Test
    void aSystemAdministratorResetsItForSomeoneWhoLostTheirPhoneAndTheyAreAskedToSetItUpAgain() throws Exception {
        var account = account(Role.BUSINESS_UNIT, true);
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("admin"));
        assertThat(mvc.perform(get("/admin/accounts/" + account.getId()).with(admin)).andReturn().getResponse()
                .getContentAsString()).contains("Reset two-factor sign-in");

        var reset = mvc.perform(post("/admin/accounts/" + account.getId() + "/two-factor/reset").with(csrf()).with(admin))
                .andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + account.getId());
        assertThat(twoFactor.isSetUp(account.getId())).isFalse();
        assertThat(twoFactor.unusedRecoveryCodes(account.getId())).isZero();

        var session = signInWithPassword(account.getUsername(), "/two-factor");
        assertThat(mvc.perform(get("/two-factor").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/two-factor/set-up");
    }

    @Test
    void someoneWhoMustUseItSetsItUpAfterThePasswordAndAWrongCodeSavesNothing() throws Exception {
        var account = account(Role.BUSINESS_UNIT, false);
        var session = signInWithPassword(account.getUsername(), "/two-factor");
        assertThat(mvc.perform(get("/two-factor").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/two-factor/set-up");
        var page = mvc.perform(get("/two-factor/set-up").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Set up two-factor sign-in").contains("src=\"data:image/png;base64,");
        var secret = page.replaceAll("(?s).*id=\"secret\">([A-Z2-7 ]+)</p>.*", "$1").replace(" ", "");
        assertThat(secret).hasSize(32);

        var wrong = give(session, "/two-factor/set-up", "");
        assertThat(wrong.getResponse().getContentAsString()).contains("Enter the 6-digit code from your authenticator app")
                .contains("There is a problem");
        assertThat(twoFactor.isSetUp(account.getId())).isFalse();

        var code = AuthenticatorCodes.codeFor(secret, AuthenticatorCodes.step(Instant.now()));
        var done = give(session, "/two-factor/set-up", code);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/two-factor/recovery-codes");
        assertThat(twoFactor.isSetUp(account.getId())).isTrue();
        var codes = mvc.perform(get("/two-factor/recovery-codes").session(session)
                .flashAttrs(done.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(codes).contains("Save your recovery codes").contains("I have saved my recovery codes");
        assertThat(twoFactor.unusedRecoveryCodes(account.getId())).isEqualTo(TwoFactorSignIn.RECOVERY_CODES);
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aReadOnlyUserWhoSitsOnNoGroupGetsStraightInAndMayTurnItOnAndOff() throws Exception {
        var account = account(Role.READ_ONLY, false);
        var session = signInWithPassword(account.getUsername(), "/");
        assertThat(mvc.perform(get("/p/shropshire").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Set up two-factor sign-in");

        twoFactor.setUpForDemo(List.of(account.getId()), SECRET, RECOVERY);
        signInWithPassword(account.getUsername(), "/two-factor");
        mvc.perform(post("/account/two-factor/turn-off").session(session).with(csrf())).andReturn();
        assertThat(twoFactor.isSetUp(account.getId())).isFalse();
    }

    @Test
    void whoMustUseItIsWhoCanReadConfidentialBusinessOrCaseReviews() {
        assertThat(required("admin")).isTrue();
        assertThat(required("business.unit")).isTrue();
        assertThat(required("chair")).isTrue();
        assertThat(required("partner")).isTrue();
        assertThat(required("member")).as("sits on the joint case review subgroup").isTrue();
        assertThat(required("read.only")).as("the demo read-only user sits on two groups").isTrue();
        assertThat(policy.requiredFor(current(account(Role.READ_ONLY, false)))).isFalse();
        assertThat(policy.requiredFor(current(account(Role.GROUP_MEMBER, false)))).as("sits on no group").isFalse();
        assertThat(policy.requiredFor(current(account(Role.BUSINESS_UNIT, false)))).isTrue();
    }

    @Test
    void someoneWhoMustUseItCannotTurnItOff() {
        var account = account(Role.BUSINESS_UNIT, true);
        var user = current(account);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> twoFactor.turnOff(user))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("cannot be turned off");
        assertThat(twoFactor.isSetUp(account.getId())).isTrue();
    }

    private boolean required(String username) {
        return policy.requiredFor(current(accounts.byUsername(username).orElseThrow()));
    }

    private org.safeguardinghub.access.CurrentUser current(UserAccount account) {
        HubPrincipal principal = account::getId;
        return accounts.currentUser(principal).orElseThrow();
    }
}

package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.accounts.AuthenticatorCodes;
import org.safeguardinghub.demo.DemoData;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;

@HubIntegrationTest
class TwoFactorJourneyTests extends BrowserJourney {

    @Autowired
    Accounts accounts;
    @Autowired
    Partnerships partnerships;

    @Test
    void aBusinessUnitOfficerSetsUpTwoFactorSignInAndLaterUsesARecoveryCodeOnce() {
        var username = "new.unit." + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, username + "@hub.example", "Ama Mensah", DemoData.PASSWORD, false, null);
        accounts.grant(account.getId(), partnerships.bySlug("shropshire").orElseThrow().getId(), Role.BUSINESS_UNIT, null);

        enterPassword(page, username);
        assertThat(heading()).isEqualTo("Set up two-factor sign-in");
        assertThat(page.locator("img.hub-qr-code").getAttribute("src")).startsWith("data:image/png;base64,");
        var secret = page.locator("#secret").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        // Until the code is given, the partnership's pages send the person back to give it.
        open("/p/shropshire");
        assertThat(heading()).isEqualTo("Set up two-factor sign-in");

        var now = AuthenticatorCodes.step(Instant.now());
        var wrong = AuthenticatorCodes.codeFor(secret, now - 5);
        page.getByLabel("Enter the 6-digit code from your authenticator app").fill(wrong);
        clickButton("Continue");
        assertThat(errorSummary()).contains("There is a problem").contains("The code is not right");

        page.getByLabel("Enter the 6-digit code from your authenticator app").fill(freshCode(username, secret));
        clickButton("Continue");
        assertThat(heading()).isEqualTo("Save your recovery codes");
        var codes = page.locator("#recovery-codes li").allInnerTexts();
        assertThat(codes).hasSize(10);
        clickButton("I have saved my recovery codes");
        assertThat(page.url()).doesNotContain("two-factor");

        open("/account/two-factor");
        assertThat(page.locator(".govuk-summary-list").innerText()).contains("On").contains("10");
        assertThat(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Turn off two-factor sign-in")).count()).as("a business unit must keep it").isZero();
        clickButton("Sign out");

        enterPassword(page, username);
        assertThat(heading()).isEqualTo("Enter the 6-digit code from your authenticator app");
        clickLink("Use a recovery code instead");
        page.getByLabel("Enter a recovery code").fill(codes.get(0));
        clickButton("Continue");
        assertThat(page.url()).doesNotContain("two-factor");
        open("/p/shropshire");
        assertThat(page.locator("h1").count()).isPositive();
        assertThat(page.url()).endsWith("/p/shropshire");
        clickButton("Sign out");

        enterPassword(page, username);
        clickLink("Use a recovery code instead");
        page.getByLabel("Enter a recovery code").fill(codes.get(0));
        clickButton("Continue");
        assertThat(errorSummary()).contains("The recovery code is not right, or has been used");
        assertThat(page.url()).contains("/two-factor/recovery");
    }
}

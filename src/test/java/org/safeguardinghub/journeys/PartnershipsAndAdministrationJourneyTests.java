package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;

/** Moving between partnerships, what each role may see, and the administrator's pages. */
@HubIntegrationTest
class PartnershipsAndAdministrationJourneyTests extends BrowserJourney {

    @Test
    void theChairOfTwoPartnershipsChoosesAndSwitchesBetweenThem() {
        signIn("chair");
        assertThat(heading()).isEqualTo("Your partnerships");
        clickLink("Staffordshire Safeguarding Children Board");
        assertThat(page.locator("header").innerText()).contains("Staffordshire Safeguarding Children Board");
        assertThat(page.locator("#gaps").innerText())
                .contains("Executive Group has no member from the integrated care board");

        page.getByLabel("Switch to another partnership")
                .selectOption(new SelectOption().setLabel("Shropshire Safeguarding Community Partnership"));
        clickButton("Switch");
        assertThat(page.url()).endsWith("/p/shropshire");
        assertThat(page.locator("header").innerText()).contains("Shropshire Safeguarding Community Partnership");
    }

    @Test
    void someoneInOnePartnershipIsRefusedTheOther() {
        signIn("staffs.unit");
        assertThat(page.url()).endsWith("/p/staffordshire");
        assertThat(page.locator("#switch-partnership").count()).as("no switcher with one partnership").isZero();
        var response = page.navigate(url("/p/shropshire/structure"));
        assertThat(response.status()).isEqualTo(403);
        checkAccessibility();
        assertThat(heading()).isEqualTo("You do not have access to this page");
    }

    @Test
    void readOnlyUsersSeeTheStructureButNoWayToChangeIt() {
        signIn("read.only");
        open("/p/shropshire/structure");
        assertThat(page.locator("main").innerText()).doesNotContain("Add a group");
        clickLink("Executive Group");
        assertThat(page.locator("main").innerText()).doesNotContain("Change group details", "Add a member",
                "History of this group");
        var response = page.navigate(url("/p/shropshire/groups/new"));
        assertThat(response.status()).isEqualTo(403);
        var missing = page.navigate(url("/p/shropshire/groups/999999"));
        assertThat(missing.status()).isEqualTo(404);
        checkAccessibility();
        assertThat(heading()).isEqualTo("Page not found");
    }

    @Test
    void theAdministratorManagesAccountsAndReadsTheTrailAndTheOutbox() {
        signIn("admin");
        assertThat(heading()).isEqualTo("Your partnerships");
        clickLink("Accounts");
        assertThat(page.locator("#accounts").innerText()).contains("Joanne Whitfield", "business.unit");
        clickButton("Create an account");
        page.getByLabel("Full name").fill("Journey Person");
        page.getByLabel("Username").fill("journey.person");
        page.getByLabel("Email address").fill("journey.person@hub.example");
        page.locator("#password").fill("short");
        clickButton("Create account");
        assertThat(errorSummary()).contains("Password must be 12 characters or more");
        page.locator("#password").fill("a long journey password");
        clickButton("Create account");
        assertThat(successBanner()).contains("The account for Journey Person has been created");

        clickButton("Give role");
        assertThat(errorSummary()).contains("Select a partnership");
        page.getByLabel("Partnership").selectOption(new SelectOption().setLabel("Shropshire Safeguarding Community Partnership"));
        page.getByLabel("Read only").check();
        clickButton("Give role");
        assertThat(page.locator("#roles").innerText()).contains("Shropshire Safeguarding Community Partnership", "Read only");
        assertThat(page.locator(".govuk-summary-list").innerText()).contains("Not set up");

        clickLink("Audit trail");
        page.getByLabel("Who").fill("admin");
        clickButton("Search the trail");
        assertThat(page.locator("#audit").innerText()).contains("UserAccount", "Created");

        clickLink("Outbox");
        assertThat(heading()).isEqualTo("Outbox");
    }

    @Test
    void someoneWhoForgotTheirPasswordCanAskForALink() {
        open("/sign-in");
        clickLink("I have forgotten my password");
        clickButton("Send me a link");
        assertThat(errorSummary()).contains("Enter your email address");
        page.getByLabel("Email address").fill("owen.davies@hub.example");
        clickButton("Send me a link");
        assertThat(heading()).isEqualTo("Check your email");
        open("/password-reset/not-a-real-link");
        assertThat(heading()).isEqualTo("This link has expired");
    }

    @Test
    void signingOutReturnsToSignIn() {
        signIn("partner");
        clickButton("Sign out");
        assertThat(page.url()).contains("/sign-in");
        assertThat(successBanner()).contains("You have signed out");
        page.navigate(url("/p/shropshire"));
        assertThat(page.url()).endsWith("/sign-in");
        open("/accessibility");
        assertThat(heading()).isEqualTo("Accessibility statement");
    }

    @Test
    void staffordshireSeesWhoKeepsTheSharedPoliceForceAndChangesOnlyItsOwnPart() {
        signIn("staffs.unit");
        open("/p/staffordshire/organisations");
        clickLink("West Mercia Police");
        assertThat(page.locator("#keeper").innerText()).contains("Kept by Shropshire Safeguarding Community Partnership");
        clickButton("Change organisation");
        assertThat(page.locator("#keeper").innerText()).contains("Ask them to change it");
        assertThat(page.locator("input#name").count()).as("no box for a name it cannot change").isZero();
        assertThat(page.locator("#safeguardingLead").count()).isEqualTo(1);
        clickButton("Save organisation");
        assertThat(successBanner()).contains("Your changes have been saved");
    }

    @Test
    void theAdministratorCorrectsSharedOrganisationsAndPeople() {
        signIn("admin");
        clickLink("Shared records");
        assertThat(heading()).isEqualTo("Shared records");
        page.getByLabel("Email address").fill("gareth.lloyd@hub.example");
        clickButton("Find person");
        clickLink("Gareth Lloyd");
        assertThat(heading()).isEqualTo("Correct Gareth Lloyd");
        assertThat(page.locator("main").innerText()).contains("Shropshire Safeguarding Community Partnership");
        clickButton("Save person");
        assertThat(successBanner()).contains("every partnership that knows them");

        open("/admin/shared-records");
        clickLink("West Mercia Police");
        assertThat(heading()).isEqualTo("Correct West Mercia Police");
        assertThat(page.locator("main").innerText()).contains("Staffordshire Safeguarding Children Board");
        page.getByLabel("Name").fill("");
        clickButton("Save organisation");
        assertThat(errorSummary()).contains("Enter the organisation's name");
    }
}

package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.infrastructure.TestDocuments;

/** The business unit keeps the partnership's structure up to date, in the browser. */
@HubIntegrationTest
class StructureJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneLandsInThePartnership() {
        page.navigate(url("/p/shropshire/structure"));
        assertThat(page.url()).endsWith("/sign-in");
        checkAccessibility();
        page.getByLabel("Username or email address").fill("business.unit");
        page.getByLabel("Password").fill("not the password");
        clickButton("Sign in");
        assertThat(errorSummary()).contains("There is a problem", "Enter a correct username and password");

        signIn("business.unit");
        assertThat(page.url()).endsWith("/p/shropshire/structure");
        assertThat(page.locator("header").innerText()).contains("Shropshire Safeguarding Community Partnership");
    }

    @Test
    void theOverviewAndStructureShowTheGroupsAndTheGapsThatMatter() {
        signIn("business.unit");
        assertThat(heading()).contains("Shropshire Safeguarding Community Partnership");
        assertThat(page.locator("#gaps").innerText())
                .contains("Exploitation Subgroup has no chair")
                .contains("Paul Noble sits on Exploitation Subgroup for an organisation that has left the partnership");

        clickLink("Structure");
        assertThat(heading()).isEqualTo("Structure");
        var tree = page.locator(".hub-tree").first().innerText();
        assertThat(tree).contains("Shropshire Safeguarding Community Partnership", "Executive Group",
                "Joint Case Review Subgroup", "Schools Safeguarding Group", "Independent Schools Safeguarding Group",
                "Neglect Toolkit Task and Finish Group");
        assertThat(page.locator(".hub-tree .hub-tree .hub-tree").first().innerText())
                .as("subgroups sit under the executive, under the board").contains("Quality Assurance and Performance Subgroup");

        clickLink("Executive Group");
        assertThat(heading()).isEqualTo("Executive Group");
        var members = page.locator("#members").innerText();
        assertThat(members).contains("Rachel Okafor", "Chair", "Shropshire Council", "Mark Fenwick", "West Mercia Police");

        clickLink("West Mercia Police");
        assertThat(heading()).isEqualTo("West Mercia Police");
        assertThat(page.locator("main").innerText()).contains("Safeguarding partner: police", "Also serves 1 other partnership");
        assertThat(page.locator("#seats").innerText()).contains("Executive Group", "Gareth Lloyd");

        clickLink("Gareth Lloyd");
        assertThat(page.locator("#current-memberships").innerText()).contains("Executive Group");
        assertThat(page.locator("#past-memberships").innerText()).contains("Exploitation Subgroup");
    }

    @Test
    void theBusinessUnitAddsAnOrganisationPersonGroupAndMemberWithClearErrorsOnTheWay() {
        signIn("business.unit");

        open("/p/shropshire/organisations/new");
        clickButton("Save organisation");
        assertThat(errorSummary()).contains("Enter the organisation's name", "Select the type of organisation");
        assertThat(page.title()).startsWith("Error:");
        page.getByLabel("Name").fill("Shropshire Youth Association " + unique);
        page.getByLabel("Voluntary sector").check();
        fillDate("leftOn", 1, 1, 2019);
        clickButton("Save organisation");
        assertThat(errorSummary()).contains("The date it left must be the same as or after the date it joined");
        page.locator("#leftOn-day").fill("");
        page.locator("#leftOn-month").fill("");
        page.locator("#leftOn-year").fill("");
        clickButton("Save organisation");
        assertThat(successBanner()).contains("has been added");
        assertThat(heading()).isEqualTo("Shropshire Youth Association " + unique);

        open("/p/shropshire/organisations/new");
        page.getByLabel("Name").fill("shropshire youth association " + unique);
        page.getByLabel("Voluntary sector").check();
        clickButton("Save organisation");
        assertThat(errorSummary()).contains("is already an organisation in this partnership");

        open("/p/shropshire/people/new");
        page.getByLabel("First name").fill("Morgan");
        page.getByLabel("Last name").fill("Trent " + unique);
        page.getByLabel("Work email address (optional)").fill("not-an-email");
        clickButton("Save person");
        assertThat(errorSummary()).contains("Enter an email address in the correct format");
        page.getByLabel("Work email address (optional)").fill("morgan.trent." + unique + "@hub.example");
        page.getByLabel("Job title (optional)").fill("Youth Work Manager");
        clickButton("Save person");
        assertThat(successBanner()).contains("Morgan Trent " + unique + " has been added");

        open("/p/shropshire/groups/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Youth Voice Task and Finish Group " + unique);
        page.getByLabel("Task and finish group").check();
        page.getByLabel("Reports to").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Executive Group"));
        clickButton("Save group");
        assertThat(errorSummary()).contains("Enter the date the task and finish group ends");
        fillDate("endsOn", 31, 3, 2027);
        page.getByLabel("How often it meets").fill("Monthly");
        clickButton("Save group");
        assertThat(successBanner()).contains("has been added");
        assertThat(page.locator("#group-gaps").innerText()).contains("has no chair");
        var groupUrl = page.url();

        clickButton("Add a member");
        page.getByLabel("Person").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Morgan Trent " + unique + ", Youth Work Manager"));
        page.getByLabel("Chair", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Organisation they represent").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Shropshire Youth Association " + unique));
        fillDate("startsOn", 1, 12, 2026);
        fillDate("endsOn", 1, 11, 2026);
        clickButton("Save membership");
        assertThat(errorSummary()).contains("The end date must be the same as or after the start date");
        page.locator("#endsOn-day").fill("");
        page.locator("#endsOn-month").fill("");
        page.locator("#endsOn-year").fill("");
        fillDate("startsOn", 1, 9, 2026);
        clickButton("Save membership");
        assertThat(page.url()).isEqualTo(groupUrl);
        assertThat(page.locator("#members").innerText()).contains("Morgan Trent " + unique, "Chair",
                "Shropshire Youth Association " + unique);
        assertThat(page.locator("#group-gaps").count()).isZero();

        clickButton("Add a member");
        page.getByLabel("Person").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Morgan Trent " + unique + ", Youth Work Manager"));
        page.getByLabel("Chair", new Page.GetByLabelOptions().setExact(true)).check();
        fillDate("startsOn", 1, 10, 2026);
        clickButton("Save membership");
        assertThat(errorSummary()).contains("already a chair of this group for some of these dates");
    }

    @Test
    void aTermsOfReferenceUploadMustReallyBeAPdfOrWordDocument() throws Exception {
        signIn("business.unit");
        open("/p/shropshire/structure");
        clickLink("Policy and Procedures Subgroup");
        clickButton("Upload a new version");

        page.getByLabel("Terms of reference document").setInputFiles(new FilePayload("terms.pdf", "application/pdf",
                "this is not a PDF".getBytes()));
        fillDate("agreedOn", 17, 5, 2023);
        clickButton("Upload");
        assertThat(errorSummary()).contains("The selected file must be a PDF or Word document");

        page.getByLabel("Terms of reference document").setInputFiles(new FilePayload("Policy ToR " + unique + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx("Terms")));
        fillDate("agreedOn", 17, 5, 2023);
        clickButton("Upload");
        assertThat(successBanner()).contains("of the terms of reference has been added");
        var versions = page.locator("#terms-of-reference").innerText();
        assertThat(versions).contains("Policy ToR " + unique + ".docx", "17 May 2023", "Word document", "Current");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Policy ToR " + unique + ".docx")).click());
        assertThat(download.suggestedFilename()).isEqualTo("Policy ToR " + unique + ".docx");
    }

    @Test
    void twoPeopleEditingTheSameOrganisationDoNotOverwriteEachOther() {
        signIn("business.unit");
        open("/p/shropshire/organisations/new");
        page.getByLabel("Name").fill("Contested Charity " + unique);
        page.getByLabel("Voluntary sector").check();
        clickButton("Save organisation");
        var editUrl = page.url() + "/edit";

        var colleague = newContext();
        var colleaguePage = colleague.newPage();
        signIn(colleaguePage, "business.unit");
        colleaguePage.navigate(editUrl);
        page.navigate(editUrl);

        colleaguePage.getByLabel("Name").fill("Contested Charity " + unique + " (renamed by colleague)");
        colleaguePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save organisation")).click();
        assertThat(colleaguePage.locator(".govuk-notification-banner--success").innerText()).contains("saved");

        page.getByLabel("Name").fill("Contested Charity " + unique + " (my version)");
        clickButton("Save organisation");
        assertThat(errorSummary()).contains("Someone else changed this organisation while you were editing it");
        assertThat(page.locator("#latest").innerText()).contains("(renamed by colleague)");
        assertThat(page.getByLabel("Name").inputValue()).as("nothing typed is lost").endsWith("(my version)");
        colleague.close();

        clickButton("Save organisation");
        assertThat(heading()).endsWith("(my version)");
        clickLink("History of this organisation");
        var history = page.locator("#history").innerText();
        assertThat(history).contains("Created", "Changed", "(renamed by colleague)", "(my version)", "business.unit");
    }
}

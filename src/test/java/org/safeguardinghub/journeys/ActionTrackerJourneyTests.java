package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;

/** Raising, answering and closing actions on the partnership's tracker, in the browser. */
@HubIntegrationTest
class ActionTrackerJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theBusinessUnitRaisesAnActionTheOwnerAnswersAndTheGroupClosesIt() {
        signIn("business.unit");
        clickLink("Actions");
        assertThat(heading()).isEqualTo("Action tracker");
        assertThat(page.locator("#actions").innerText()).contains("Nominate a chair for the Exploitation Subgroup", "Overdue");

        clickButton("Raise an action");
        clickButton("Raise action");
        assertThat(errorSummary()).contains("Enter what needs to be done", "Select who owns the action");

        page.getByLabel("What needs to be done").fill("Send the partnership your single-agency training figures " + unique);
        page.getByLabel("Group whose tracker it belongs to (optional)")
                .selectOption(new SelectOption().setLabel("Learning, Improvement and Training Subgroup"));
        page.getByLabel("West Mercia Police").check();
        fillDate("dueOn", 1, 1, 2020);
        clickButton("Raise action");
        assertThat(errorSummary()).contains("The due date is in the past");
        fillDate("dueOn", 1, 1, 2020);
        page.getByLabel("The due date is right: the action was already due").check();
        clickButton("Raise action");
        assertThat(successBanner()).contains("has been raised");
        var actionUrl = page.url();
        assertThat(page.locator("main").innerText()).contains("West Mercia Police", "Overdue", "Raised on the tracker");
        clickButton("Sign out");

        signIn("agency.rep");
        page.navigate(actionUrl);
        checkAccessibility();
        clickButton("Add update");
        assertThat(errorSummary()).contains("Write what has been done");
        page.getByLabel("What has been done").fill("Figures sent to the business unit on Friday");
        page.getByLabel("Done by owner").check();
        clickButton("Add update");
        assertThat(successBanner()).contains("Your update has been added");
        assertThat(page.locator("#updates").innerText()).contains("Figures sent to the business unit on Friday",
                "agency.rep", "Done by owner");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close action")).count())
                .as("agency representatives do not close actions").isZero();
        clickButton("Sign out");

        signIn("business.unit");
        page.navigate(actionUrl);
        checkAccessibility();
        page.getByLabel("Evidence that it is complete").fill("Figures included in the quarterly dataset");
        clickButton("Close action");
        assertThat(successBanner()).contains("The action has been closed");
        assertThat(page.locator("main").innerText()).contains("Closed by the group");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add update")).count()).isZero();

        clickButton("Reopen action");
        assertThat(errorSummary()).contains("Write what has been done");
        page.getByLabel("Why it is reopened").fill("The figures for one agency were missing");
        clickButton("Reopen action");
        assertThat(successBanner()).contains("The action has been reopened");
        assertThat(page.locator("main").innerText()).contains("Open");

        clickLink("History of this action");
        assertThat(page.locator("#history").innerText()).contains("Created", "Changed", "CLOSED");
    }

    @Test
    void theTrackerFiltersAndDownloads() throws Exception {
        signIn("read.only");
        open("/p/shropshire/actions");
        assertThat(page.locator("#actions").innerText()).doesNotContain("rapid review")
                .as("actions of the confidential joint case review group are not shown");
        page.getByLabel("Show").selectOption(new SelectOption().setLabel("Overdue only"));
        clickButton("Apply filters");
        assertThat(page.locator("#actions").innerText()).contains("Nominate a chair for the Exploitation Subgroup")
                .doesNotContain("Link with the development officer");
        page.getByLabel("Show").selectOption(new SelectOption().setLabel("Everything, including done and closed"));
        page.getByLabel("Group").selectOption(new SelectOption().setLabel("Learning, Improvement and Training Subgroup"));
        clickButton("Apply filters");
        assertThat(page.locator("#actions").innerText()).contains("Refresh the multi-agency training calendar",
                "Closed by the group");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("CSV")).click());
        var csv = Files.readString(download.path());
        assertThat(csv).contains("Refresh the multi-agency training calendar").doesNotContain("Nominate a chair");
    }
}

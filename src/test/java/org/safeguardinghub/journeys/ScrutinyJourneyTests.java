package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;

/** A challenge raised, escalated, answered and closed with its impact; a scrutiny activity with findings, a response and an action. */
@HubIntegrationTest
class ScrutinyJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void raiseAChallengeRespondAndRecordItsImpact() {
        signIn("chair");
        open("/p/shropshire/challenges");
        assertThat(heading()).isEqualTo("Challenge log");
        assertThat(page.locator("#challenges").innerText()).contains("professional conversation");
        clickButton("Raise a challenge");
        clickButton("Raise challenge");
        assertThat(errorSummary()).contains("Select who raised the challenge",
                "Select the organisation or the group the challenge is to", "Enter what was asked");
        page.getByLabel("The independent scrutineer").check();
        page.getByLabel("Put to").selectOption(new SelectOption().setLabel("West Mercia Police"));
        page.getByLabel("What was asked").fill("How are missing children's return interviews followed up? " + unique);
        page.getByLabel("Theme (optional)").fill("Missing children " + unique);
        clickButton("Raise challenge");
        assertThat(successBanner()).contains("has been added to the log");
        clickButton("Escalate to the next stage");
        assertThat(successBanner()).contains("has been escalated");
        assertThat(page.locator("main").innerText()).contains("Stage 2: escalated to a senior leader");
        page.getByLabel("The response received").fill("Return interviews are now reviewed weekly by a sergeant " + unique);
        clickButton("Record response");
        assertThat(successBanner()).contains("The response has been recorded");
        clickButton("Close the challenge");
        assertThat(page.locator(".govuk-error-summary").innerText()).contains("Enter the outcome of the challenge");
        page.getByLabel("Outcome").fill("Weekly review in place");
        page.getByLabel("Impact", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Fewer children go missing again without being seen " + unique);
        clickButton("Close the challenge");
        assertThat(successBanner()).contains("challenge closed");
        assertThat(page.locator("#steps").innerText()).contains("Raised by", "Escalated", "Response received", "Closed");

        clickLink("Challenge log");
        clickLink("Missing children " + unique);
        assertThat(page.locator("#challenges").innerText()).contains("How are missing children's return interviews followed up? " + unique)
                .doesNotContain("professional conversation");
        assertThat(page.locator("#by-organisation").innerText()).contains("West Mercia Police");
    }

    @Test
    void addScrutinyFindingsWithTheirResponseAndActions() {
        signIn("chair");
        open("/p/shropshire/scrutiny");
        assertThat(heading()).isEqualTo("Independent scrutiny");
        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Add a line of enquiry")).click();
        page.getByLabel("Line of enquiry", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Do partners hear from families? " + unique);
        clickButton("Add line of enquiry");
        assertThat(page.locator("#lines").innerText()).contains("Do partners hear from families? " + unique);
        page.getByLabel("Challenge day").check();
        page.getByLabel("What was scrutinised").fill("Challenge day on early help " + unique);
        page.locator("#lineId").selectOption(new SelectOption().setIndex(1));
        var today = java.time.LocalDate.now();
        fillDate("heldOn", today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        clickButton("Add activity");
        assertThat(successBanner()).contains("Record its findings");
        page.getByLabel("Finding", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Early help assessments rarely record the child's own words " + unique);
        clickButton("Add finding");
        assertThat(successBanner()).contains("The finding has been added");
        page.getByLabel("Partners' response to finding 1").fill("Partners will add the child's words to the assessment form");
        clickButton("Record response");
        assertThat(successBanner()).contains("response has been recorded");
        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Raise an action from finding 1")).click();
        page.getByLabel("What needs to be done").fill("Change the early help assessment form " + unique);
        page.getByLabel("Owning organisation").selectOption(new SelectOption().setLabel("Shropshire Council"));
        clickButton("Raise action");
        assertThat(successBanner()).contains("has been raised on the tracker");
        assertThat(page.locator("main").innerText()).contains("Change the early help assessment form " + unique,
                "Partners will add the child's words to the assessment form");
    }
}

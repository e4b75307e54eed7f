package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.plans.BusinessPlan;

/**
 * A strategic plan with two priorities, its business plan, quarterly updates by two owners and the
 * executive's review, and the plan on a page with its PDF and Excel copies, in the browser.
 */
@HubIntegrationTest
class PlansJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void planPrioritiesBusinessPlanQuarterlyUpdatesByTwoOwnersAndTheExecutiveReview() {
        var year = BusinessPlan.businessYearOf(java.time.LocalDate.now());
        signIn("business.unit");
        open("/p/shropshire/plans");
        assertThat(heading()).isEqualTo("Plans");
        clickButton("Create a strategic plan");
        page.getByLabel("First year").fill("next year");
        clickButton("Create plan");
        assertThat(errorSummary()).contains("Enter the plan's title", "Enter the year the plan starts as a year, like 2025",
                "Enter the year the plan ends");
        page.getByLabel("Title").fill("Strategic Plan " + unique);
        page.getByLabel("First year").fill(String.valueOf(year - 1));
        page.getByLabel("Last year").fill(String.valueOf(year + 1));
        page.getByLabel("Our vision").fill("Every child happy, healthy and safe.");
        page.getByLabel("Our core business").fill("Quality assurance of safeguarding arrangements\nPublish a threshold document");
        clickButton("Create plan");
        assertThat(successBanner()).contains("The plan has been created");
        var planUrl = page.url();

        clickButton("Add a priority");
        clickButton("Add priority");
        assertThat(errorSummary()).contains("Enter the priority's name", "Enter the strategic objective");
        page.getByLabel("Priority").fill("Exploitation " + unique);
        page.getByLabel("Strategic objective").fill("To safeguard children who are at risk of, or who are being exploited.");
        page.getByLabel("How we will do this").fill("By developing a pathway\nBy sharing intelligence");
        page.getByLabel("We will know we are successful when we can").fill("Identify children at risk of exploitation");
        page.getByLabel("We will monitor our success through").fill("Increase in referrals for children at risk of exploitation");
        page.getByLabel("Shared with another board (optional)").fill("Keeping Adults Safe in Shropshire Board");
        clickButton("Add priority");
        assertThat(successBanner()).contains("Priority 1: Exploitation " + unique + " has been added");
        clickButton("Add a priority");
        page.getByLabel("Priority").fill("Neglect " + unique);
        page.getByLabel("Strategic objective").fill("To safeguard children by identifying neglect early.");
        page.getByLabel("How we will do this").fill("By revising the neglect strategy");
        clickButton("Add priority");
        assertThat(page.locator("main").innerText()).contains("Priority 1: Exploitation " + unique,
                "Shared with Keeping Adults Safe in Shropshire Board", "Priority 2: Neglect " + unique);

        page.getByLabel("Start a business plan for the year from April").fill(String.valueOf(year));
        clickButton("Create business plan");
        assertThat(successBanner()).contains("Business plan " + year + " to " + (year + 1) + " has been created");
        var businessPlanUrl = page.url();

        clickButton("Add an activity");
        clickButton("Add activity");
        assertThat(errorSummary()).contains("Enter what will be done", "Select the group that owns the activity");
        page.getByLabel("What will be done").fill("Launch the exploitation pathway " + unique);
        page.getByLabel("Priority").selectOption(new SelectOption().setLabel("Priority 1: Exploitation " + unique));
        page.getByLabel("Group that owns it").selectOption(new SelectOption().setLabel("Exploitation Subgroup"));
        page.getByLabel("Person who answers for it").selectOption(new SelectOption().setLabel("Gareth Lloyd"));
        clickButton("Add activity");
        assertThat(successBanner()).contains("The activity has been added");
        clickButton("Add an activity");
        page.getByLabel("What will be done").fill("Roll out the neglect toolkit " + unique);
        page.getByLabel("Priority").selectOption(new SelectOption().setLabel("Priority 2: Neglect " + unique));
        page.getByLabel("Group that owns it").selectOption(new SelectOption().setLabel("Children's Safeguarding and Protection Practice Oversight Group"));
        page.getByLabel("Person who answers for it").selectOption(new SelectOption().setLabel("Helen Marsh"));
        clickButton("Add activity");
        assertThat(page.locator("#activities").innerText()).contains("Launch the exploitation pathway " + unique,
                "Roll out the neglect toolkit " + unique, "Not reported");
        clickLink("Launch the exploitation pathway " + unique);
        var pathwayUrl = page.url();
        page.navigate(businessPlanUrl);
        checkAccessibility();
        clickLink("Roll out the neglect toolkit " + unique);
        var toolkitUrl = page.url();
        clickButton("Sign out");

        signIn("agency.rep");
        page.navigate(pathwayUrl);
        checkAccessibility();
        clickButton("Report progress");
        clickButton("Save update");
        assertThat(errorSummary()).contains("Select the RAG status", "Enter what has been done this quarter");
        page.getByLabel("Green: on track").check();
        page.getByLabel("What has been done this quarter").fill("Pathway agreed by the subgroup " + unique);
        page.getByLabel("Evidence (optional)").fill("https://example.org/pathway");
        clickButton("Save update");
        assertThat(successBanner()).contains("has been saved");
        assertThat(page.locator("#progress").innerText()).contains("Green: on track", "Pathway agreed by the subgroup " + unique);
        var refused = page.navigate(toolkitUrl + "/progress");
        assertThat(refused.status()).isEqualTo(403);
        page.navigate(pathwayUrl);
        clickButton("Sign out");

        signIn("partner");
        page.navigate(toolkitUrl);
        checkAccessibility();
        clickButton("Report progress");
        page.getByLabel("Amber: at risk").check();
        page.getByLabel("What has been done this quarter").fill("Toolkit drafted; training delayed " + unique);
        clickButton("Save update");
        assertThat(successBanner()).contains("has been saved");
        clickButton("Sign out");

        signIn("chair");
        page.navigate(businessPlanUrl);
        checkAccessibility();
        clickLink("Quarterly progress for the executive");
        assertThat(page.locator("main").innerText()).contains("Pathway agreed by the subgroup " + unique,
                "Toolkit drafted; training delayed " + unique);
        assertThat(page.locator("#rag-counts").innerText()).contains("Green: on track\t1", "Amber: at risk\t1");
        var card = page.locator(".govuk-summary-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Launch the exploitation pathway " + unique));
        card.getByLabel("Executive's comment (optional)").fill("Good progress; bring the pathway to the board");
        card.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        checkAccessibility();
        assertThat(successBanner()).contains("The update has been marked as reviewed");
        assertThat(page.locator("main").innerText()).contains("Good progress; bring the pathway to the board");

        page.navigate(planUrl);
        checkAccessibility();
        clickLink("Priority 1: Exploitation " + unique);
        assertThat(page.locator("#quarters").innerText()).contains("Launch the exploitation pathway " + unique, "Green: on track");
        page.navigate(planUrl);
        clickLink("Plan on a page");
        assertThat(page.locator("main").innerText()).contains("Every child happy, healthy and safe.",
                "By developing a pathway", "Increase in referrals for children at risk of exploitation");
        var pdf = page.request().get(page.url() + ".pdf");
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        var excel = page.request().get(page.url() + ".xlsx");
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.body()[0]).isEqualTo((byte) 'P');
    }
}

package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;

/** A subgroup's risk added, re-rated, given a mitigating action and escalated to the board, then seen on the heat map, in the browser. */
@HubIntegrationTest
class RisksJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private void rate(String prefix, String likelihood, String impact) {
        page.getByLabel(prefix + " likelihood").selectOption(new SelectOption().setValue(likelihood));
        page.getByLabel(prefix + " impact").selectOption(new SelectOption().setValue(impact));
    }

    @Test
    void addARiskReRateItLinkAnActionEscalateItAndSeeTheHeatMap() {
        signIn("business.unit");
        open("/p/shropshire/risks");
        assertThat(heading()).isEqualTo("Risk register");
        assertThat(page.locator(".govuk-warning-text").innerText()).contains("overdue for review");
        clickButton("Add a risk");
        clickButton("Add risk");
        assertThat(errorSummary()).contains("Select the group whose register the risk is on", "Enter the risk",
                "Select the current likelihood", "Select the risk appetite");
        page.getByLabel("Register").selectOption(new SelectOption().setLabel("Quality Assurance and Performance Subgroup"));
        page.getByLabel("Risk", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Multi-agency audits are not completed by every agency " + unique);
        page.getByLabel("Cause (optional)").fill("Agencies lack capacity to audit their records");
        page.getByLabel("Owner").selectOption(new SelectOption().setLabel("Kate Brennan"));
        page.getByLabel("Likelihood before controls (inherent)").selectOption(new SelectOption().setValue("4"));
        page.getByLabel("Impact before controls (inherent)").selectOption(new SelectOption().setValue("4"));
        rate("Current", "2", "3");
        rate("Target", "3", "3");
        page.getByLabel("Cautious: low risk preferred").check();
        clickButton("Add risk");
        assertThat(errorSummary()).contains("The target rating (9) is higher than the current rating (6)");
        rate("Target", "1", "3");
        clickButton("Add risk");
        assertThat(successBanner()).contains("has been added to the register");
        assertThat(page.locator("#rating-history").innerText()).contains("2 × 3 = 6", "First rated");

        clickLink("Update or re-rate the risk");
        rate("Current", "4", "4");
        page.getByLabel("Why the rating has changed (optional)").fill("Two agencies missed the last audit " + unique);
        clickButton("Save changes");
        assertThat(successBanner()).contains("has been updated");
        assertThat(page.locator("main").innerText()).contains("Above appetite");
        assertThat(page.locator("#rating-history").innerText()).contains("2 × 3 = 6", "4 × 4 = 16",
                "Two agencies missed the last audit " + unique);

        page.locator("summary").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Raise a mitigating action")).click();
        page.getByLabel("What needs to be done").fill("Agree audit capacity with each agency " + unique);
        page.locator("#ownerPersonId").selectOption(new SelectOption().setLabel("Kate Brennan"));
        clickButton("Raise action");
        assertThat(successBanner()).contains("has been raised on the tracker");
        clickLink("Agree audit capacity with each agency " + unique);
        assertThat(page.locator("main").innerText()).contains("Risk register: R");
        page.goBack();

        page.getByLabel("Why the board needs to know").fill("Audit programme at risk " + unique);
        clickButton("Escalate to the board");
        assertThat(successBanner()).contains("escalated to the board");
        open("/p/shropshire/risks");
        page.getByLabel("Show the register of").selectOption(new SelectOption().setLabel("Shropshire Safeguarding Community Partnership"));
        clickButton("Show");
        assertThat(page.locator("#risks").innerText()).contains("Multi-agency audits are not completed by every agency " + unique,
                "Escalated to the board");

        clickLink("Heat map");
        assertThat(heading()).isEqualTo("Risk heat map");
        assertThat(page.locator("#heat-map-data").innerText()).contains("Impact 4 Major");
        assertThat(page.locator("svg[role=img] title").textContent()).contains("Heat map of open risks");
        var pdf = page.request().get(url("/p/shropshire/risks/export.pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        var excel = page.request().get(url("/p/shropshire/risks/export.xlsx"));
        assertThat(excel.status()).isEqualTo(200);
    }
}

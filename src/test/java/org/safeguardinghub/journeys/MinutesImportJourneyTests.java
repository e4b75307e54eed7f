package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;

/** The business unit imports the oversight group's minutes of 17 May 2023 (seed 004), checks them and saves them. */
@HubIntegrationTest
class MinutesImportJourneyTests extends BrowserJourney {

    private static final Path SEED_004 = Path.of("src/test/resources/minutes/004-shropshire-practice-oversight-group.txt");

    @Test
    void theBusinessUnitImportsSeed004CorrectsAnOwnerAndConfirms() {
        signIn("business.unit");
        open("/p/shropshire/structure");
        clickLink("Children's Safeguarding and Protection Practice Oversight Group");
        clickButton("Import minutes");
        assertThat(heading()).isEqualTo("Import minutes");

        clickButton("Upload and check");
        assertThat(errorSummary()).contains("Select a file of minutes");

        page.locator("#minutes").setInputFiles(SEED_004);
        clickButton("Upload and check");
        assertThat(heading()).isEqualTo("Check the imported minutes");
        assertThat(page.locator("main").innerText()).contains("things the Hub was not sure of", "Tanya Miles (TM)",
                "Rachel Okafor holds a similar post", "In the minutes: within seven days");
        assertThat(page.locator("#heldOn-day").inputValue()).isEqualTo("17");
        assertThat(page.locator("#startsAt").inputValue()).isEqualTo("14:15");
        assertThat(page.locator("#action-2-dueOn-day").inputValue()).as("within seven days of 17 May").isEqualTo("24");

        // Nothing is saved until every action has an owner.
        page.locator("#startsAt").fill("");
        clickButton("Confirm and save");
        assertThat(errorSummary()).contains("Enter the time the meeting started", "Choose who owns action 5",
                "Choose who owns action 12");

        page.locator("#startsAt").fill("2:15pm");
        page.locator("#action-0-owner-0").selectOption(new SelectOption().setLabel(
                "Hannah Reid, Education Access and Safeguarding Officer"));
        page.locator("#action-4-owner-0").selectOption(new SelectOption().setLabel(
                "Tom Beckett, Learning and Development Co-ordinator"));
        page.locator("#action-11-owner-0").selectOption(new SelectOption().setLabel("All partners"));
        clickButton("Confirm and save");

        assertThat(page.locator(".govuk-error-summary").count()).as(() -> errorSummary()).isZero();
        assertThat(successBanner()).contains("The minutes of 17 May 2023 have been imported as a draft");
        assertThat(heading()).isEqualTo("Minutes of the Children's Safeguarding and Protection Practice Oversight Group");
        var main = page.locator("main").innerText();
        assertThat(main).contains("Draft", "004-shropshire-practice-oversight-group.txt", "Microsoft Teams",
                "Decision: The Children's Safeguarding and Protection Practice Oversight Group agreed the Terms of Reference.",
                "DS to link with LC to discuss Primary and Secondary school colleagues", "Hannah Reid",
                "Partners to respond to the ongoing actions on the tracker within seven days.", "24 May 2023");
        assertThat(page.locator("main a[href*='/actions/']").count()).as("the 14 actions, each linked to the tracker").isEqualTo(14);

        clickLink("DS to link with LC to discuss Primary and Secondary school colleagues being included in the membership list.");
        assertThat(page.locator("main").innerText()).contains("Hannah Reid",
                "Children's Safeguarding and Protection Practice Oversight Group, 17 May 2023, item 2");
    }
}

package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;

/** Searching the partnership from the header and opening what was found, in the browser. */
@HubIntegrationTest
class SearchJourneyTests extends BrowserJourney {

    @Test
    void aMemberSearchesFromTheHeaderNarrowsToActionsAndOpensOne() {
        signIn("read.only");
        page.getByLabel("Search minutes, decisions and actions").fill("nominate chair");
        clickButton("Search");
        assertThat(heading()).isEqualTo("Search minutes, decisions and actions");
        assertThat(page.locator("#results").innerText()).contains("Nominate a chair for the Exploitation Subgroup");
        assertThat(page.locator("#results mark").allInnerTexts()).isNotEmpty()
                .allSatisfy(marked -> assertThat(marked.toLowerCase()).matches("nominat.*|chair.*"));

        page.locator("#result-types").getByText("Actions (").click();
        checkAccessibility();
        assertThat(page.locator("#result-types [aria-current=page]").innerText()).startsWith("Actions");
        page.locator("#results h3 a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Nominate a chair for the Exploitation Subgroup")).first().click();
        checkAccessibility();
        assertThat(page.url()).contains("/p/shropshire/actions/");
        assertThat(heading()).contains("Nominate a chair for the Exploitation Subgroup");

        open("/p/shropshire/search?q=" + "zzqxnothingmatchesthis");
        assertThat(page.locator("#results").innerText()).contains("There are no results matching");
        page.getByLabel("Words to look for").fill("");
        clickButton("Search");
        assertThat(errorSummary()).contains("Enter what you are looking for");
    }
}

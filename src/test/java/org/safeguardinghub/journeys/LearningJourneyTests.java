package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.learning.FindingDetails;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.learning.LearningSource;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recurring learning and learning briefings, in the browser, with axe on every page. */
@HubIntegrationTest
class LearningJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    LearningRegister learning;
    @Autowired
    ActionTracker tracker;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aThemeThatCameBackAfterItsActionsWereClosedIsShownOnTheThemesPage() {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var unit = new CurrentUser(-1, "business.unit", "Joanne Whitfield", false, null,
                List.of(new RoleAssignment(shropshire, Role.BUSINESS_UNIT, null)));
        var theme = learning.addTheme(shropshire, "Neglect of teeth " + unique, null);
        var owner = jdbc.queryForObject("select min(person_id) from partnership_person where partnership_id = ?",
                Long.class, shropshire);
        var earlier = learning.recordFinding(shropshire, new FindingDetails(LearningSource.LOCAL_PRACTICE_REVIEW,
                "LCSPR Family " + unique, LocalDate.now().minusYears(2), "Dental neglect was not seen as neglect.",
                Set.of(theme.getId()), false, null), "business.unit");
        var action = learning.raiseAction(unit, shropshire, earlier.getId(), "Add dental neglect to the neglect toolkit",
                Set.of(owner), Set.of(), false, null);
        tracker.close(unit, shropshire, action.getId(), action.getVersion(), "Toolkit updated");
        // The tracker closes an action today; the year that has passed since is simulated here.
        jdbc.update("update action set closed_on = ? where id = ?", LocalDate.now().minusYears(1), action.getId());

        signIn("business.unit");
        open("/p/shropshire");
        clickLink("Learning");
        assertThat(heading()).isEqualTo("Learning");
        clickLink("Record a finding");
        clickButton("Record finding");
        assertThat(errorSummary()).contains("Select where the finding came from", "Enter the review's reference or name",
                "Enter the date of the review", "Enter the finding");
        page.getByLabel("Rapid review").check();
        page.getByLabel("Review reference or name").fill("Rapid review RR-" + unique);
        fillDate("sourceDate", 3, 2, LocalDate.now().minusMonths(2).getYear());
        page.getByLabel("Finding", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Poor dental health was not linked to neglect by any agency.");
        page.getByLabel("Neglect of teeth " + unique).check();
        page.getByLabel("Information sharing").check();
        clickButton("Record finding");
        assertThat(successBanner()).contains("has been recorded");
        assertThat(page.locator("#finding-summary").innerText()).contains("Information sharing", "Neglect of teeth " + unique);

        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Raise an action for this finding")).click();
        page.getByLabel("What needs to be done").fill("Brief dentists on the neglect pathway " + unique);
        page.locator("#ownerOrganisationId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Shropshire Council"));
        clickButton("Raise action");
        assertThat(successBanner()).contains("has been raised on the tracker");
        assertThat(page.locator("#actions + ul").innerText()).contains("Brief dentists on the neglect pathway " + unique);

        signIn("read.only");
        open("/p/shropshire/learning/themes");
        assertThat(heading()).isEqualTo("Recurring learning themes");
        assertThat(page.locator("svg[role=img] title").textContent()).contains("Bar chart of reviews raising each theme");
        var row = page.locator("#themes-data tr").filter(new Locator.FilterOptions().setHasText("Neglect of teeth " + unique));
        assertThat(row.innerText()).contains("2", "Yes", "Raised again on", "Rapid review RR-" + unique,
                "after the actions for LCSPR Family " + unique + " were closed on");
        assertThat(page.locator("svg").innerHTML()).contains("Neglect of teeth " + unique);
    }
}

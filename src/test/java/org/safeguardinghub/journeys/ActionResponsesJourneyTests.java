package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.actions.ActionReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Responses on time, in the browser: the owner is emailed (by real SMTP) when an action is raised,
 * reminded as its due date comes, chased, seen on the list of who has not responded, answers it,
 * and the group closes it.
 */
@HubIntegrationTest
class ActionResponsesJourneyTests extends BrowserJourney {

    private static final String AGENCY_REP = "gareth.lloyd@hub.example";

    @Autowired
    ActionReminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anOwnerIsAskedRemindedAndChasedThenAnswersAndTheGroupClosesTheAction() {
        var today = LocalDate.now();
        var due = today.plusDays(10);
        var description = "Send the partnership your audit of strategy meeting attendance " + unique;

        signIn("business.unit");
        open("/p/shropshire/actions");
        clickButton("Raise an action");
        page.getByLabel("What needs to be done").fill(description);
        page.getByLabel("Group whose tracker it belongs to (optional)").selectOption(new SelectOption().setLabel("Executive Group"));
        page.getByLabel("West Mercia Police").check();
        fillDate("dueOn", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        clickButton("Raise action");
        assertThat(successBanner()).contains("has been raised");
        var actionPath = page.url().substring(page.url().indexOf("/p/shropshire/actions/"));
        var id = actionPath.substring(actionPath.lastIndexOf('/') + 1);

        var asked = TestSmtp.receivedBy(AGENCY_REP, s -> s.startsWith("Action " + id + ": please respond by"));
        assertThat(asked).as("the agency representative of the owning organisation is emailed").hasSize(1);
        assertThat(TestSmtp.body(asked.getFirst())).contains(description, "Group: Executive Group", actionPath);

        // Three days on, the action is a week from due: one reminder, however often the job runs that day.
        reminders.sendReminders(due.minusDays(7));
        reminders.sendReminders(due.minusDays(7));
        var reminded = TestSmtp.receivedBy(AGENCY_REP, s -> s.startsWith("Action " + id + " is due on"));
        assertThat(reminded).hasSize(1);
        assertThat(TestSmtp.body(reminded.getFirst())).contains("is due in 7 days", description);

        // A week after it was raised nobody has answered: the chair's list shows it.
        jdbc.update("update action set respond_by = current_date - 1, asked_at = now() - interval '8 days' where id = ?",
                Long.parseLong(id));
        open("/p/shropshire/actions");
        page.getByLabel("Group").first().selectOption(new SelectOption().setLabel("Executive Group"));
        clickButton("Apply filters");
        clickLink("Who has not responded in the Executive Group");
        assertThat(heading()).isEqualTo("Who has not responded");
        assertThat(page.locator("main").innerText()).contains("West Mercia Police", description);

        page.getByText(description).first().click();
        checkAccessibility();
        clickButton("Chase owners");
        assertThat(successBanner()).contains("The owners have been emailed and asked to respond by");
        assertThat(page.locator("#updates").innerText()).contains("Owners asked again to respond by");
        var chased = TestSmtp.receivedBy(AGENCY_REP, s -> s.startsWith("Action " + id + ": please respond by"));
        assertThat(chased).hasSize(2);
        assertThat(TestSmtp.body(chased.get(1))).contains("You are asked again to respond");

        open("/p/shropshire/actions");
        clickLink("How promptly organisations respond");
        assertThat(page.locator("#responsiveness").innerText()).contains("West Mercia Police");
        clickButton("Sign out");

        signIn("agency.rep");
        open(actionPath);
        page.getByLabel("What has been done").fill("Audit sent to the business unit");
        page.getByLabel("Done by owner").check();
        clickButton("Add update");
        assertThat(successBanner()).contains("Your update has been added");
        clickButton("Sign out");

        signIn("business.unit");
        open(actionPath);
        page.getByLabel("Evidence that it is complete").fill("Audit received and reported to the executive");
        clickButton("Close action");
        assertThat(successBanner()).contains("The action has been closed");

        reminders.sendReminders(due);
        assertThat(TestSmtp.receivedBy(AGENCY_REP, s -> s.startsWith("Action " + id + " is due today")))
                .as("no reminders once the action is closed").isEmpty();
        clickButton("Sign out");

        signIn("admin");
        open("/admin/outbox");
        page.getByText("Action " + id + " is due on").first().click();
        checkAccessibility();
        assertThat(page.locator("#delivery").innerText()).contains("Sent");
    }
}

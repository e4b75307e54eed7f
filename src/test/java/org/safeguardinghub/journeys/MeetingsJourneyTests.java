package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A group's meeting from the diary to approved minutes, and a matter a subgroup raises with the
 * group it reports to, in the browser.
 */
@HubIntegrationTest
class MeetingsJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    JdbcTemplate jdbc;

    private long group(String name) {
        return jdbc.queryForObject("""
                select g.id from partnership_group g join partnership p on p.id = g.partnership_id
                where p.slug = 'shropshire' and g.name = ?""", Long.class, name);
    }

    private void scheduleMeeting(LocalDate on, String startsAt, String where) {
        clickButton("Schedule a meeting");
        fillDate("heldOn", on.getDayOfMonth(), on.getMonthValue(), on.getYear());
        page.getByLabel("Start time").fill(startsAt);
        page.getByLabel("Where it is held").fill(where);
        clickButton("Schedule meeting");
        assertThat(successBanner()).contains("The meeting has been scheduled");
    }

    @Test
    void scheduleAgendaAttendanceMinutesCirculateAndApproveAtTheNextMeeting() throws Exception {
        var today = LocalDate.now();
        var policy = group("Policy and Procedures Subgroup");
        signIn("business.unit");
        open("/p/shropshire/groups/" + policy);
        clickLink("Meetings, minutes and matters raised");
        assertThat(heading()).isEqualTo("Meetings");

        clickButton("Schedule a meeting");
        page.getByLabel("Start time").fill("quarter past two");
        clickButton("Schedule meeting");
        assertThat(errorSummary()).contains("Enter the date of the meeting",
                "Enter the start time as a time of day, like 14:15 or 2:15pm", "Enter where the meeting is held or its online link");
        var first = today.minusDays(14 + (long) (Math.random() * 300));
        fillDate("heldOn", first.getDayOfMonth(), first.getMonthValue(), first.getYear());
        page.getByLabel("Start time").fill("2:15pm");
        page.getByLabel("End time (optional)").fill("16:45");
        page.getByLabel("Where it is held").fill("Shirehall, Room " + unique);
        clickButton("Schedule meeting");
        assertThat(successBanner()).contains("The meeting has been scheduled");
        var firstUrl = page.url();
        assertThat(page.locator("main").innerText()).contains("14:15 to 16:45", "Shirehall, Room " + unique,
                "1. Welcome, introductions and apologies", "Any other business");

        clickButton("Add an agenda item");
        clickButton("Add item");
        assertThat(errorSummary()).contains("Enter the item's title");
        page.getByLabel("Title").fill("Escalation policy review " + unique);
        page.getByLabel("Presented by (optional)").fill("Priya Sandhu");
        clickButton("Add item");
        clickButton("Add an agenda item");
        page.getByLabel("Title").fill("Child H: case for consideration");
        page.getByLabel("Confidential item").check();
        clickButton("Add item");
        assertThat(page.locator("main").innerText()).contains("4. Escalation policy review " + unique,
                "5. Child H: case for consideration", "6. Any other business");

        clickButton("Record attendance");
        var radios = page.locator("input[value=PRESENT]");
        for (var i = 0; i < radios.count(); i++) {
            radios.nth(i).check();
        }
        page.locator("input[value=APOLOGIES]").first().check();
        page.getByLabel("All present agreed to the confidentiality statement").check();
        clickButton("Save attendance");
        assertThat(successBanner()).contains("The attendance has been recorded");
        assertThat(page.locator("main").innerText()).contains("1 apology");

        clickLink("4. Escalation policy review " + unique);
        page.getByLabel("Notes of the discussion and challenge").fill("PS presented the revised policy. HR challenged the timescales.");
        clickButton("Save notes");
        assertThat(successBanner()).contains("The notes have been saved");
        clickButton("Record decision");
        assertThat(errorSummary()).contains("Enter what was decided");
        page.getByLabel("Record a decision").fill("The group agreed the revised escalation policy " + unique + ".");
        clickButton("Record decision");
        page.locator("summary").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Raise an action")).click();
        page.getByLabel("What needs to be done").fill("Publish the revised escalation policy " + unique);
        page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Priya Sandhu"));
        var due = today.plusDays(30);
        fillDate("dueOn", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        clickButton("Raise action");
        assertThat(successBanner()).contains("has been raised on the tracker");
        assertThat(page.locator("#decisions").innerText()).contains("agreed the revised escalation policy " + unique);
        assertThat(page.locator("#actions").innerText()).contains("Publish the revised escalation policy " + unique, "Priya Sandhu");

        page.navigate(firstUrl + "/minutes");
        checkAccessibility();
        assertThat(page.locator("#minutes-status").innerText()).isEqualTo("Draft");
        assertThat(page.locator("main").innerText()).contains("HR challenged the timescales",
                "Decision: The group agreed the revised escalation policy " + unique,
                "Action: Publish the revised escalation policy " + unique,
                "All present agreed to the confidentiality statement");
        clickButton("Circulate the draft to members");
        assertThat(successBanner()).contains("The draft minutes have been circulated to");
        assertThat(TestSmtp.receivedBy("priya.sandhu@hub.example", s -> s.startsWith("Draft minutes to check: Policy and Procedures Subgroup")))
                .isNotEmpty();

        open("/p/shropshire/groups/" + policy + "/meetings");
        scheduleMeeting(today, "10am", "Shirehall, Room " + unique);
        var secondUrl = page.url();
        clickButton("Send invitations to members");
        assertThat(successBanner()).contains("Invitations have been sent to");
        var invitation = TestSmtp.receivedBy("priya.sandhu@hub.example", s -> s.startsWith("Invitation: Policy and Procedures Subgroup"));
        assertThat(invitation).isNotEmpty();
        var parts = (MimeMultipart) invitation.getLast().getContent();
        var calendar = new StringBuilder();
        for (var i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                calendar.append(new String(parts.getBodyPart(i).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(calendar.toString()).contains("BEGIN:VEVENT", "METHOD:REQUEST", "SUMMARY:Policy and Procedures Subgroup meeting")
                .doesNotContain("Child H");

        clickButton("Record that the minutes were approved as a correct record");
        assertThat(successBanner()).contains("were approved as a correct record");
        page.navigate(firstUrl + "/minutes");
        checkAccessibility();
        assertThat(page.locator("#minutes-status").innerText()).isEqualTo("Approved as a correct record");
        assertThat(page.locator("main").innerText()).contains("Approved as a correct record at the meeting on");
        clickButton("Publish the approved minutes");
        assertThat(page.locator("#minutes-status").innerText()).isEqualTo("Published");

        clickLink("See the published version, without confidential items");
        assertThat(page.locator("main").innerText()).contains("5. Confidential item").doesNotContain("Child H");

        page.navigate(firstUrl);
        checkAccessibility();
        clickLink("4. Escalation policy review " + unique);
        assertThat(page.locator("main").innerText()).contains("cannot be edited");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save notes")).count()).isZero();
        page.getByLabel("Amendment", new Page.GetByLabelOptions().setExact(true)).fill("HR is the Head of Safeguarding, Hospital Trust");
        page.getByLabel("Why it is amended").fill("Agreed at the meeting on " + today);
        clickButton("Record amendment");
        assertThat(page.locator("#amendments").innerText()).contains("HR is the Head of Safeguarding");
        assertThat(secondUrl).isNotEqualTo(firstUrl);
        clickButton("Sign out");

        signIn("read.only");
        page.navigate(firstUrl);
        checkAccessibility();
        assertThat(page.locator("main").innerText()).contains("5. Confidential item").doesNotContain("Child H");
    }

    @Test
    void theBoardReviewsTheRiskRegisterAsAStandingReport() {
        var board = group("Shropshire Safeguarding Community Partnership");
        signIn("business.unit");
        open("/p/shropshire/groups/" + board + "/meetings");
        scheduleMeeting(LocalDate.now().plusDays(400 + (long) (Math.random() * 300)), "10:00", "Shirehall, Room " + unique);

        clickButton("Add an agenda item");
        assertThat(page.locator("main").innerText()).contains("Add a standing report", "Every open risk by current rating");
        clickButton("Add report");
        assertThat(errorSummary()).contains("Select the report to add");
        page.getByLabel("Risk register").check();
        clickButton("Add report");
        assertThat(successBanner()).contains("The risk register report, item 5, has been added to the agenda");
        assertThat(page.locator("main").innerText()).contains("5. Risk register", "A standing report");

        clickLink("5. Risk register");
        assertThat(heading()).isEqualTo("Risk register");
        assertThat(page.locator("main").innerText()).contains("Summary of the risk register",
                "This summary shows the records as they stand today", "Every open risk on the partnership's registers");
        var overdue = page.locator("table", new Page.LocatorOptions().setHas(page.getByText("Risks whose review is overdue")));
        assertThat(overdue.innerText()).contains("Shared funding for the business unit is not agreed for next year");
        assertThat(page.locator("caption").allInnerTexts()).contains("Open risks by current rating");

        page.goBack();
        clickButton("Read the minutes");
        assertThat(page.locator("main").innerText()).contains("Summary as the records stand today",
                "Shared funding for the business unit is not agreed for next year");
    }

    @Test
    void aSubgroupRaisesAMatterAndSeesTheExecutivesAnswer() {
        var today = LocalDate.now();
        var qap = group("Quality Assurance and Performance Subgroup");
        var executive = group("Executive Group");
        signIn("business.unit");
        open("/p/shropshire/groups/" + qap + "/meetings");
        scheduleMeeting(today.minusDays(7 + (long) (Math.random() * 300)), "09:30", "Shirehall, Room " + unique);
        clickButton("Add an agenda item");
        page.getByLabel("Title").fill("Dataset: health figures " + unique);
        clickButton("Add item");
        clickLink("4. Dataset: health figures " + unique);
        clickButton("Raise matter");
        assertThat(errorSummary()).contains("Enter the matter to raise with the parent group");
        page.getByLabel("Raise a matter with the parent group").fill("Health partners' figures are missing from the dataset " + unique);
        clickButton("Raise matter");
        assertThat(successBanner()).contains("The matter has been raised with the parent group");
        assertThat(page.locator("#matters-raised").innerText()).contains("Waiting for an answer");

        open("/p/shropshire/groups/" + executive + "/meetings");
        scheduleMeeting(today.plusDays(1 + (long) (Math.random() * 300)), "10:00", "Council Chamber " + unique);
        assertThat(page.locator("#matters-waiting").innerText()).contains("Health partners' figures are missing from the dataset " + unique);
        clickLink("4. Matters raised by subgroups");
        var block = page.locator("div.govuk-\\!-margin-bottom-6").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("missing from the dataset " + unique));
        block.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Record answer")).click();
        checkAccessibility();
        assertThat(errorSummary()).contains("Enter the group's response to the matter");
        block = page.locator("div.govuk-\\!-margin-bottom-6").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("missing from the dataset " + unique));
        block.getByLabel("The group's answer").fill("The integrated care board will supply health figures from next quarter " + unique);
        block.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Record answer")).click();
        checkAccessibility();
        assertThat(successBanner()).contains("The answer has been recorded");

        open("/p/shropshire/groups/" + qap + "/meetings");
        assertThat(page.locator("#matters-raised-by").innerText())
                .contains("missing from the dataset " + unique, "The integrated care board will supply health figures from next quarter " + unique);
    }
}

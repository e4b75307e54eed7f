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
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.demo.DemoData;
import org.safeguardinghub.learning.BriefingText;
import org.safeguardinghub.learning.Briefings;
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
    @Autowired
    Accounts accounts;
    @Autowired
    Briefings briefings;

    private static final String POLICE_REP = "gareth.lloyd@hub.example";

    /** The emails to this address whose subject matches, waiting up to ten seconds for the first. */
    private static List<MimeMessage> mail(String address, String subjectStart) {
        for (var i = 0; i < 100; i++) {
            var found = TestSmtp.receivedBy(address, s -> s.startsWith(subjectStart));
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No email to " + address + " starting " + subjectStart);
    }

    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the last link in the email that starts with this path. */
    private static String link(MimeMessage message, String pathStart) {
        var matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathStart) + "[A-Za-z0-9_-]+)").matcher(text(message));
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        assertThat(found).as("a link starting " + pathStart).isNotNull();
        return found;
    }

    @Test
    void aBriefingIsPublishedEachAgencyConfirmsReceiptAndCascadeAndOneIsChasedFirst() {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var council = jdbc.queryForObject("""
                select o.id from organisation o join partnership_organisation po on po.organisation_id = o.id
                where po.partnership_id = ? and o.name = 'Shropshire Council'""", Long.class, shropshire);
        var councilRepAddress = "council.rep." + unique + "@hub.example";
        var councilRep = accounts.create("council.rep." + unique, councilRepAddress, "Priya Shah " + unique,
                DemoData.PASSWORD, false, null);
        accounts.grant(councilRep.getId(), shropshire, Role.AGENCY_REPRESENTATIVE, council);
        var title = "Voice of the child " + unique;

        signIn("business.unit");
        open("/p/shropshire/learning");
        clickLink("Write a learning briefing");
        clickButton("Save draft");
        assertThat(errorSummary()).contains("Enter the briefing's title");
        page.getByLabel("Title").fill(title);
        page.getByLabel("Background").fill("A rapid review found that a baby's daily life was not described in any record.");
        clickButton("Save draft");
        assertThat(successBanner()).contains("draft briefing has been saved");
        clickButton("Publish and send");
        assertThat(errorSummary()).contains("Before publishing, write these sections: what happened and the learning, "
                + "why it matters, what to do, questions for reflection");
        clickLink("Change the draft");
        page.getByLabel("What happened and the learning").fill("Records described the adults' needs, not the baby's day.");
        page.getByLabel("Why it matters").fill("What is not recorded cannot be seen by the next practitioner.");
        page.getByLabel("What to do").fill("- Describe a day in the child's life\n- Record what the child shows you");
        page.getByLabel("Questions for reflection").fill("- What would this baby say about their day?");
        clickButton("Save draft");
        clickButton("Publish and send");
        assertThat(successBanner()).contains("published and sent to every organisation");
        var briefingPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");
        var briefingId = briefingPath.substring(briefingPath.lastIndexOf('/') + 1);
        assertThat(page.locator("#confirmation-table").innerText()).contains("West Mercia Police", "Shropshire Council",
                "Not yet confirmed");

        // The police's agency representative confirms from the emailed link, without signing in.
        var toPolice = mail(POLICE_REP, "New learning briefing: " + title).getFirst();
        assertThat(text(toPolice)).contains(title, "/public/shropshire/briefings/" + briefingId, "for West Mercia Police");
        var anonymous = newContext();
        var visitor = anonymous.newPage();
        visitor.navigate(url(link(toPolice, "/briefing-confirmations/")));
        checkAccessibility(visitor);
        assertThat(visitor.locator("h1").innerText()).isEqualTo("Confirm a learning briefing");
        visitor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Confirm we have received it")).click();
        checkAccessibility(visitor);
        assertThat(visitor.locator(".govuk-notification-banner--success").innerText()).contains("receipt has been confirmed");
        visitor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Confirm we have shared it with our staff")).click();
        checkAccessibility(visitor);
        assertThat(visitor.locator("#confirmation-status").innerText()).doesNotContain("Not yet confirmed");
        visitor.navigate(url("/public/shropshire/briefings/" + briefingId));
        checkAccessibility(visitor);
        assertThat(visitor.locator("h1").innerText()).isEqualTo(title);
        assertThat(visitor.locator("main").innerText()).contains("Describe a day in the child's life", "Questions for reflection");
        var pdf = visitor.request().get(url("/public/shropshire/briefings/" + briefingId + "/briefing.pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        anonymous.close();

        // The council has not confirmed: the business unit chases it, and only it.
        mail(councilRepAddress, "New learning briefing: " + title);
        open(briefingPath);
        assertThat(page.locator("#confirmation-table tr").filter(new Locator.FilterOptions().setHasText("West Mercia Police"))
                .innerText()).contains("Cascaded to staff", "Emailed link");
        page.locator("form[action$='/chase'] button").click();
        checkAccessibility();
        assertThat(successBanner()).contains("been chased");
        var reminder = mail(councilRepAddress, "Reminder: please confirm the learning briefing: " + title).getFirst();
        assertThat(text(reminder)).contains("We have not yet heard that it has reached your staff", "for Shropshire Council");
        assertThat(TestSmtp.receivedBy(POLICE_REP, s -> s.contains("Reminder") && s.contains(title))).isEmpty();

        // The council's representative confirms in the Hub.
        signIn("council.rep." + unique);
        open(briefingPath);
        clickButton("Confirm Shropshire Council has received it");
        assertThat(successBanner()).contains("receipt has been confirmed");
        clickButton("Confirm Shropshire Council has shared it with staff");
        assertThat(successBanner()).contains("cascade to staff has been confirmed");

        signIn("business.unit");
        open(briefingPath);
        var councilRow = page.locator("#confirmation-table tr").filter(new Locator.FilterOptions().setHasText("Shropshire Council"));
        assertThat(councilRow.innerText()).contains("Cascaded to staff", "Priya Shah " + unique, "1 time");
    }

    @Test
    void anyoneCanSubscribeConfirmGetTheNextBriefingAndUnsubscribe() {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow();
        var address = "reader." + unique + "@example.org";
        open("/public/shropshire/briefings");
        assertThat(heading()).isEqualTo("Learning briefings");
        clickLink("Get an email when a new briefing is published");
        page.getByLabel("Email address").fill("not an address");
        clickButton("Subscribe");
        assertThat(errorSummary()).contains("Enter an email address in the correct format");
        page.getByLabel("Email address").fill(address);
        clickButton("Subscribe");
        assertThat(heading()).isEqualTo("Check your email");

        var confirm = mail(address, "Confirm your subscription").getFirst();
        open(link(confirm, "/subscriptions/confirm/"));
        clickButton("Confirm subscription");
        assertThat(heading()).isEqualTo("Subscription confirmed");
        assertThat(jdbc.queryForObject("select count(*) from learning_subscriber where email = ?", Long.class, address))
                .isEqualTo(1);

        var title = "Cumulative harm " + unique;
        var briefing = briefings.write(shropshire.getId(), new BriefingText(title, "Background", "Learning", "Why",
                "What to do", "Questions", null));
        briefings.publish(shropshire, briefing.getId(), briefing.getVersion(), "business.unit");
        var alert = mail(address, "New learning briefing from " + shropshire.getName() + ": " + title).getFirst();
        assertThat(text(alert)).contains("/public/shropshire/briefings/" + briefing.getId(), "To unsubscribe");
        open(link(alert, "/subscriptions/leave/"));
        clickButton("Unsubscribe");
        assertThat(heading()).isEqualTo("You have unsubscribed");
        assertThat(jdbc.queryForObject("select count(*) from learning_subscriber where email = ?", Long.class, address))
                .isZero();
    }

    @Test
    void aThemeThatCameBackAfterItsActionsWereClosedIsShownOnTheThemesPage() {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var unit = new CurrentUser(-1, "business.unit", "Joanne Whitfield", false, null,
                List.of(new RoleAssignment(shropshire, Role.BUSINESS_UNIT, null)));
        var theme = learning.addTheme(shropshire, "Neglect of teeth " + unique, null);
        var owner = jdbc.queryForObject("select min(person_id) from partnership_person where partnership_id = ?",
                Long.class, shropshire);
        var earlier = learning.recordFinding(shropshire, new FindingDetails(LearningSource.LOCAL_PRACTICE_REVIEW,
                "LCSPR Family " + unique, LocalDate.now().minusYears(2), "Dental neglect was not seen as neglect.", null,
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

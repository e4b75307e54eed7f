package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.infrastructure.TestDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case referred by an agency representative, triaged, notified and taken through its rapid review:
 * two agencies submit (one after being chased), the joint case review group's meeting is linked, a
 * safety action raised, the group recommends, the independent chair scrutinises and the partners
 * decide; then the Panel. The local practice review that follows: terms of reference, milestones,
 * report versions, a finding with its recommendation and owned action, publication (refused before
 * the report is sent to the Panel), closing once the action is closed; then the learning briefing,
 * confirmed and cascaded by an agency. Every page is scanned with axe.
 */
@HubIntegrationTest
class CaseReviewsJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    JdbcTemplate jdbc;

    private void switchTo(String username) {
        context.clearCookies();
        signIn(username);
    }

    private Locator form(String id) {
        return page.locator("#" + id);
    }

    @Test
    void referNotifyRapidReviewPracticeReviewFindingsActionsAndBriefingConfirmed() throws Exception {
        var pseudonym = "Child " + unique;
        var reference = "J-" + unique;

        // An agency representative refers a case; they cannot see case review records.
        signIn("agency.rep");
        open("/p/shropshire");
        clickLink("Refer a case for consideration");
        assertThat(page.locator(".govuk-service-navigation").innerText()).doesNotContain("Case reviews");
        clickButton("Send referral");
        assertThat(errorSummary()).contains("Enter the case reference", "Select the child's age band", "Enter what happened");
        page.getByLabel("Case reference").fill(reference);
        page.getByLabel("Pseudonym").fill(pseudonym);
        page.getByLabel("11 to 15").check();
        page.getByLabel("What happened").fill("A young person was seriously injured; neglect is suspected.");
        page.getByLabel("Agencies involved").fill("Police, children's social care, school");
        page.getByLabel("A serious incident notification").check();
        page.getByLabel("Why you think it meets the criteria").fill("Serious harm with neglect suspected.");
        clickButton("Send referral");
        assertThat(successBanner()).contains("has been sent to the business unit");

        // The business unit triages it and records the notification: dates out of order first.
        switchTo("business.unit");
        clickLink("Case reviews");
        assertThat(heading()).isEqualTo("Case reviews");
        page.locator("#open-reviews tr").filter(new Locator.FilterOptions().setHasText(pseudonym)).getByRole(AriaRole.LINK).click();
        checkAccessibility();
        assertThat(heading()).contains(reference, pseudonym);
        page.getByLabel("Accepted as a serious incident").check();
        page.getByLabel("Reasons").fill("Meets the criteria: serious harm, neglect suspected.");
        clickButton("Record triage");
        assertThat(successBanner()).contains("The triage has been recorded");
        clickButton("Record the serious incident notification");
        assertThat(page.getByLabel("Case reference").inputValue()).isEqualTo(reference);
        page.getByLabel("What happened").fill("Serious injury; neglect suspected.");
        var aware = LocalDate.now().minusDays(7);
        fillDate("becameAwareOn", aware.getDayOfMonth(), aware.getMonthValue(), aware.getYear());
        var before = aware.minusDays(1);
        fillDate("panelNotifiedOn", before.getDayOfMonth(), before.getMonthValue(), before.getYear());
        clickButton("Record notification");
        assertThat(errorSummary()).contains("The date the national Panel was notified must be on or after the date the local authority became aware");
        var notified = aware.plusDays(1);
        fillDate("panelNotifiedOn", notified.getDayOfMonth(), notified.getMonthValue(), notified.getYear());
        fillDate("ofstedInformedOn", notified.getDayOfMonth(), notified.getMonthValue(), notified.getYear());
        clickButton("Record notification");
        assertThat(successBanner()).contains("has been recorded");
        clickButton("Start the rapid review");
        assertThat(successBanner()).contains("has started");
        assertThat(page.locator("#clock").innerText()).contains("working day");

        // Three agencies asked; the police chased by email (naming no child); two submit.
        for (var agency : new String[] {"West Mercia Police", "Shropshire Council", "Shrewsbury and Telford Hospital NHS Trust"}) {
            form("request-form").getByLabel("Ask an agency for information").selectOption(new SelectOption().setLabel(agency));
            clickButton("Request information");
            assertThat(successBanner()).contains("asked for information");
        }
        var reviewUrl = page.url();
        page.locator("#requests tr").filter(new Locator.FilterOptions().setHasText("West Mercia Police"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chase West Mercia Police")).click();
        checkAccessibility();
        assertThat(successBanner()).contains("sent a reminder");
        assertThat(page.locator("#requests").innerText()).contains("1 time, last");
        var chasers = TestSmtp.receivedBy("gareth.lloyd@hub.example", s -> s.startsWith("Reminder: information for a rapid review"));
        assertThat(chasers).isNotEmpty().allSatisfy(m -> assertThat(TestSmtp.body(m)).doesNotContain(pseudonym, reference));
        var policeLink = page.locator("#requests tr").filter(new Locator.FilterOptions().setHasText("West Mercia Police"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submit for the agency West Mercia Police"))
                .getAttribute("href");

        page.locator("#requests tr").filter(new Locator.FilterOptions().setHasText("Shropshire Council"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submit for the agency Shropshire Council")).click();
        checkAccessibility();
        page.getByLabel("Involvement with the child and family").fill("Child in need plan in 2025. " + unique);
        page.getByLabel("Analysis of practice").fill("Drift in the plan after a change of social worker.");
        page.getByLabel("Chronology").setInputFiles(new FilePayload("chronology.pdf", "application/pdf", "not a pdf".getBytes()));
        clickButton("Submit information");
        assertThat(errorSummary()).contains("The selected file must be a PDF or Word document");
        page.getByLabel("Involvement with the child and family").fill("Child in need plan in 2025. " + unique);
        page.getByLabel("Analysis of practice").fill("Drift in the plan after a change of social worker.");
        page.getByLabel("Chronology").setInputFiles(new FilePayload("council-chronology.pdf", "application/pdf",
                TestDocuments.pdf("Council chronology")));
        clickButton("Submit information");
        assertThat(successBanner()).contains("has been submitted");

        switchTo("agency.rep");
        open(policeLink);
        assertThat(heading()).startsWith("Information for rapid review");
        assertThat(page.locator("main").innerText()).contains(pseudonym);
        page.getByLabel("Involvement with the child and family").fill("Two domestic incidents attended in 2025.");
        page.getByLabel("Analysis of practice").fill("The child was not seen at the second incident.");
        page.getByLabel("Chronology").setInputFiles(new FilePayload("police-chronology.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx("Police chronology")));
        clickButton("Submit information");
        assertThat(successBanner()).contains("has been submitted");

        // The business unit links the meeting, raises a safety action, and records the recommendation (not a decision first).
        switchTo("business.unit");
        page.navigate(reviewUrl);
        checkAccessibility();
        assertThat(page.locator("#requests").innerText()).contains("Submitted", "Shrewsbury and Telford Hospital NHS Trust");
        page.getByLabel("Meeting of the Joint Case Review Subgroup").selectOption(new SelectOption().setIndex(1));
        clickButton("Link meeting");
        assertThat(successBanner()).contains("The meeting has been linked");
        form("action-form").getByLabel("Immediate safety action").fill("Strategy discussion for siblings within 24 hours " + unique);
        form("action-form").getByLabel("Owning agency").selectOption(new SelectOption().setLabel("Shropshire Council"));
        clickButton("Raise safety action");
        assertThat(page.locator("#safety-actions").innerText()).contains("Strategy discussion for siblings");
        form("decision-form").getByLabel("A local child safeguarding practice review").check();
        form("decision-form").getByLabel("Reasons for the decision").fill("Too early");
        clickButton("Record decision");
        assertThat(errorSummary()).contains("There is no recommendation to decide on yet");
        form("recommendation-form").getByLabel("A local child safeguarding practice review").check();
        form("recommendation-form").getByLabel("Reasons for the recommendation").fill("Learning about drift and the unseen child " + unique);
        clickButton("Record recommendation");
        assertThat(page.locator("#recommendation-made").innerText()).contains("A local child safeguarding practice review");

        // The independent chair scrutinises and records the partners' decision.
        switchTo("chair");
        page.navigate(reviewUrl);
        checkAccessibility();
        form("scrutiny-form").getByLabel("Scrutiny of the recommendation").fill("The rationale is sound; terms of reference to include the unseen child.");
        clickButton("Record scrutiny");
        form("decision-form").getByLabel("A local child safeguarding practice review").check();
        form("decision-form").getByLabel("Reasons for the decision").fill("Partners agree with the recommendation.");
        clickButton("Record decision");
        assertThat(page.locator("#decision-made").innerText()).contains("A local child safeguarding practice review");

        // The business unit sends it to the Panel; the dashboard shows where it is.
        switchTo("business.unit");
        page.navigate(reviewUrl);
        checkAccessibility();
        var today = LocalDate.now();
        fillDate("sentToPanelOn", today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        clickButton("Record sent to the Panel");
        assertThat(successBanner()).contains("sent to the national Panel");
        clickLink("Case reviews");
        assertThat(page.locator("#open-reviews").innerText()).contains(pseudonym, "Waiting for the Panel's response");

        // The local practice review starts from the decision, with its target and milestones.
        page.navigate(reviewUrl);
        clickButton("Start the local practice review");
        assertThat(successBanner()).contains("has started", "report is due by");
        assertThat(heading()).isEqualTo(pseudonym);
        var practiceUrl = page.url().replaceAll("#.*$", "");
        var practiceId = Long.parseLong(practiceUrl.substring(practiceUrl.lastIndexOf('/') + 1));
        assertThat(page.locator("#milestone-table").innerText()).contains("Terms of reference agreed", "Final report to the partners");
        page.getByText("Change the terms of reference, reviewer, panel or family involvement").click();
        page.getByLabel("Terms of reference").fill("How well did agencies see and respond to neglect? " + unique);
        page.getByLabel("Reviewer", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("An independent reviewer");
        page.getByLabel("Review panel").fill("Designated nurse; detective inspector; head of service");
        page.getByLabel("Family involvement").fill("The family have been invited to meet the reviewer.");
        clickButton("Save the review details");
        assertThat(page.locator("#about-review").innerText()).contains("How well did agencies see and respond to neglect? " + unique);
        page.locator("#milestone-table tr").filter(new Locator.FilterOptions().setHasText("Terms of reference agreed"))
                .getByRole(AriaRole.BUTTON).click();
        checkAccessibility();
        assertThat(page.locator("#milestone-table tr").filter(new Locator.FilterOptions().setHasText("Terms of reference agreed"))
                .innerText()).contains("Done");
        assertThat(page.locator("#clock").innerText()).contains("Family invited to contribute");
        page.getByText("Move a milestone to a new date").click();
        page.getByLabel("Milestone to move").selectOption(new SelectOption().setLabel("Practitioner learning event held"));
        var event = LocalDate.now().plusMonths(4);
        fillDate("movedTo", event.getDayOfMonth(), event.getMonthValue(), event.getYear());
        clickButton("Change due date");
        assertThat(successBanner()).contains("due date has been changed");
        assertThat(page.locator("#milestone-table tr").filter(new Locator.FilterOptions().setHasText("Practitioner learning event held"))
                .innerText()).contains(event.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")));

        // Report versions: a file that is not a real document is refused; a draft, then the final report.
        page.getByLabel("Upload a version of the report").setInputFiles(new FilePayload("draft.pdf", "application/pdf", "not a pdf".getBytes()));
        clickButton("Upload report");
        assertThat(errorSummary()).contains("The selected file must be a PDF or Word document");
        assertThat(page.locator("#report-error").innerText()).contains("The selected file must be a PDF or Word document");
        page.getByLabel("Upload a version of the report").setInputFiles(new FilePayload("draft.pdf", "application/pdf",
                TestDocuments.pdf("Draft report")));
        clickButton("Upload report");
        assertThat(successBanner()).contains("draft report has been uploaded");
        page.getByLabel("Upload a version of the report").setInputFiles(new FilePayload("final.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx("Final report")));
        page.getByLabel("This is the final report").check();
        clickButton("Upload report");
        assertThat(page.locator("#report-table").innerText()).contains("draft.pdf", "final.docx", "Final report");

        // A finding with its recommendation and theme; its action must have an owner organisation.
        form("finding-form").getByLabel("Finding", new Locator.GetByLabelOptions().setExact(true))
                .fill("The child was not seen at a domestic incident " + unique);
        form("finding-form").getByLabel("Recommendation (optional)").fill("Police see and speak to every child at a domestic incident");
        form("finding-form").getByLabel("Voice of the child").check();
        clickButton("Add finding");
        assertThat(successBanner()).contains("added to the learning register");
        page.getByText("Raise an action for finding").click();
        page.locator(".hub-finding").getByLabel("What needs to be done").fill("Update the domestic abuse attendance checklist " + unique);
        clickButton("Raise action");
        assertThat(errorSummary()).contains("Select the organisation that owns the action");
        page.getByText("Raise an action for finding").click();
        page.locator(".hub-finding").getByLabel("What needs to be done").fill("Update the domestic abuse attendance checklist " + unique);
        page.locator(".hub-finding").getByLabel("Owning organisation").selectOption(new SelectOption().setLabel("West Mercia Police"));
        clickButton("Raise action");
        assertThat(successBanner()).contains("on the partnership's action tracker");
        assertThat(page.locator(".hub-finding").innerText()).contains("Update the domestic abuse attendance checklist", "West Mercia Police");

        // The chair records the decision to publish; publishing before the report went to the Panel is refused.
        switchTo("chair");
        page.navigate(practiceUrl);
        checkAccessibility();
        page.getByLabel("Publish the report", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Reasons for the publication decision").fill("Anonymised; the family have seen it.");
        clickButton("Record publication decision");
        assertThat(successBanner()).contains("publication decision has been recorded");
        switchTo("business.unit");
        page.navigate(practiceUrl);
        var today2 = LocalDate.now();
        fillDate("publishedOn", today2.getDayOfMonth(), today2.getMonthValue(), today2.getYear());
        page.getByLabel("Address of the published report").fill("https://www.example.gov.uk/reviews/" + unique);
        page.locator("#publish-form button").click();
        checkAccessibility();
        assertThat(errorSummary()).contains("You cannot record publishing before the report is sent to the national Panel and the Secretary of State");
        // The review has taken its months: the decision is moved back, as time would have moved it.
        jdbc.update("update practice_review set decided_on = ? where id = ?", today2.minusMonths(6), practiceId);
        var sent = today2.minusDays(21);
        fillDate("sentToPanelOn", sent.getDayOfMonth(), sent.getMonthValue(), sent.getYear());
        fillDate("sentToSecretaryOfStateOn", sent.getDayOfMonth(), sent.getMonthValue(), sent.getYear());
        clickButton("Record dates sent");
        assertThat(successBanner()).contains("dates the final report was sent");
        assertThat(page.locator("#publication-summary").innerText()).contains("May be published from");
        fillDate("publishedOn", today2.getDayOfMonth(), today2.getMonthValue(), today2.getYear());
        page.getByLabel("Address of the published report").fill("https://www.example.gov.uk/reviews/" + unique);
        page.locator("#publish-form button").click();
        checkAccessibility();
        assertThat(successBanner()).contains("publication has been recorded");
        var visitor = newContext().newPage();
        visitor.navigate(url("/public/shropshire/reviews"));
        checkAccessibility(visitor);
        assertThat(visitor.locator("#published-reviews").innerText()).contains(pseudonym).doesNotContain(reference);
        visitor.context().close();

        // Closing waits for the action; the action is closed with its evidence; then the review closes.
        clickButton("Close the review");
        assertThat(errorSummary()).contains("while 1 of its actions is open");
        page.locator(".hub-finding").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Update the domestic abuse attendance checklist " + unique)).click();
        checkAccessibility();
        page.getByLabel("Evidence that it is complete").fill("Checklist reissued; the spring audit found the child seen in 9 of 10 cases.");
        clickButton("Close action");
        page.navigate(practiceUrl);
        checkAccessibility();
        clickButton("Close the review");
        assertThat(successBanner()).contains("The review has been closed");
        assertThat(page.locator("#review-summary").innerText()).contains("Closed");

        // The learning goes out as a briefing; the police confirm receipt and cascade in the Hub.
        var title = "Seeing the child at domestic incidents " + unique;
        open("/p/shropshire/learning");
        clickLink("Write a learning briefing");
        page.getByLabel("Title").fill(title);
        page.getByLabel("Background").fill("A local child safeguarding practice review found a child was not seen.");
        page.getByLabel("What happened and the learning").fill("Officers spoke to the adults; the child was in another room.");
        page.getByLabel("Why it matters").fill("A child who is not seen cannot be heard.");
        page.getByLabel("What to do").fill("- See and speak to every child present");
        page.getByLabel("Questions for reflection").fill("- Who in the household have you not seen?");
        clickButton("Save draft");
        clickButton("Publish and send");
        assertThat(successBanner()).contains("published and sent to every organisation");
        var briefingPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");
        switchTo("agency.rep");
        open(briefingPath);
        clickButton("Confirm West Mercia Police has received it");
        assertThat(successBanner()).contains("receipt has been confirmed");
        clickButton("Confirm West Mercia Police has shared it with staff");
        assertThat(successBanner()).contains("cascade to staff has been confirmed");
        switchTo("business.unit");
        open(briefingPath);
        assertThat(page.locator("#confirmation-table tr").filter(new Locator.FilterOptions().setHasText("West Mercia Police"))
                .innerText()).contains("Cascaded to staff");
        assertThat(page.locator("#confirmation-table tr").filter(new Locator.FilterOptions().setHasText("Shropshire Council"))
                .innerText()).contains("Not yet").doesNotContain("Cascaded to staff");
    }
}

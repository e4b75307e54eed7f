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

/**
 * A case referred by an agency representative, triaged, notified and taken through its rapid review:
 * two agencies submit (one after being chased), the joint case review group's meeting is linked, a
 * safety action raised, the group recommends, the independent chair scrutinises and the partners
 * decide; then the Panel. Every page is scanned with axe.
 */
@HubIntegrationTest
class CaseReviewsJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private void switchTo(String username) {
        context.clearCookies();
        signIn(username);
    }

    private Locator form(String id) {
        return page.locator("#" + id);
    }

    @Test
    void referNotifyAndRunARapidReviewToTheDecision() throws Exception {
        var pseudonym = "Child " + unique;
        var reference = "J-" + unique;

        // An agency representative refers a case; they cannot see case review records.
        signIn("agency.rep");
        open("/p/shropshire/case-reviews/refer");
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
    }
}

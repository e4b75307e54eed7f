package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A finding whose text looks like it identifies a child: warned, kept as typed, then saved with a reason. With axe on every page. */
@HubIntegrationTest
class IdentifyingDetailsJourneyTests extends BrowserJourney {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFindingWithAnNhsNumberIsQueriedThenKeptWithAReason() {
        signIn("business.unit");
        open("/p/shropshire/learning/findings/new");
        page.getByLabel("Multi-agency audit").check();
        page.getByLabel("Review reference or name").fill("Audit " + unique);
        fillDate("sourceDate", 3, 2, 2025);
        var finding = "Records for " + unique + " (NHS 943 476 5919) were not shared with the school nurse";
        page.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true)).fill(finding);
        clickButton("Record finding");

        assertThat(errorSummary()).contains("This looks like an NHS number (943 476 5919). Remove it, or confirm why it is needed");
        assertThat(page.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true)).inputValue()).isEqualTo(finding);

        page.getByLabel("I need to keep these details").check();
        clickButton("Record finding");
        assertThat(errorSummary()).contains("Enter why these details are needed");

        page.getByLabel("Why these details are needed").fill("The audit must be matched to the health record");
        clickButton("Record finding");

        assertThat(successBanner()).contains("has been recorded");
        assertThat(jdbc.queryForObject("""
                select summary from audit_event where action = 'IDENTIFYING_DETAILS_KEPT' and record_type = 'LearningFinding'
                order by id desc limit 1""", String.class)).contains("matched to the health record");
    }
}

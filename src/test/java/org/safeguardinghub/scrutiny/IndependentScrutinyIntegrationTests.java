package org.safeguardinghub.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.beans.factory.annotation.Autowired;

/** Findings and the partners' responses against PostgreSQL: a response needs words, and one written from an older page is refused. */
@HubIntegrationTest
class IndependentScrutinyIntegrationTests {

    @Autowired
    IndependentScrutiny scrutiny;
    @Autowired
    Partnerships partnerships;

    @Test
    void aResponseWrittenFromAnOlderVersionOfTheFindingIsRefusedAndTheFirstStands() {
        var p = partnerships.bySlug("shropshire").orElseThrow().getId();
        var activity = scrutiny.addActivity(p, null, ScrutinyKind.values()[0], "Case file audit of neglect referrals",
                LocalDate.of(2026, 5, 1), null);
        var finding = scrutiny.addFinding(p, activity.getId(), "Chronologies were missing in half the files");

        assertThatThrownBy(() -> scrutiny.respond(p, finding.getId(), finding.getVersion(), " "))
                .isInstanceOf(Refused.class).hasMessage("Enter the partners' response");
        scrutiny.respond(p, finding.getId(), finding.getVersion(), "Chronology template reissued");
        assertThatThrownBy(() -> scrutiny.respond(p, finding.getId(), finding.getVersion(), "Written from the older page"))
                .isInstanceOf(StaleEdit.class)
                .hasMessageStartingWith("Someone else changed this finding while you were editing it");

        assertThat(scrutiny.finding(p, finding.getId()).orElseThrow().getResponse()).isEqualTo("Chronology template reissued");
    }
}

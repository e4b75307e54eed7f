package org.safeguardinghub.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The challenge log's and independent scrutiny's rules against PostgreSQL: what is refused changes
 * nothing, a challenge climbs its three stages only while unanswered, and a scrutiny finding's
 * actions go on the tracker naming where they came from.
 */
@HubIntegrationTest
class ScrutinyIntegrationTests {

    @Autowired
    ChallengeLog log;
    @Autowired
    IndependentScrutiny scrutiny;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Organisations organisations;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    JdbcTemplate jdbc;

    private long shropshire() {
        return partnerships.bySlug("shropshire").orElseThrow().getId();
    }

    private long organisationOf(long partnershipId) {
        return organisations.in(partnershipId).getFirst().organisation().getId();
    }

    private long challengeCount() {
        return jdbc.queryForObject("select count(*) from challenge", Long.class);
    }

    @Test
    void aChallengeIsPutOnlyToThisPartnershipsOrganisationsAndOpenGroups() {
        var p = shropshire();
        var staffordshireOnly = organisations.in(partnerships.bySlug("staffordshire").orElseThrow().getId()).stream()
                .map(o -> o.organisation().getId())
                .filter(id -> organisations.find(p, id).isEmpty()).findFirst().orElseThrow();
        var confidential = structure.groups(p).stream().filter(Group::isConfidential).findFirst().orElseThrow();
        var before = challengeCount();

        assertThatThrownBy(() -> log.raise(p, RaisedBy.CHAIR, staffordshireOnly, null, null, "Theme", "Question", null, "test"))
                .isInstanceOf(Refused.class).hasMessage("Select an organisation of this partnership");
        assertThatThrownBy(() -> log.raise(p, RaisedBy.CHAIR, null, confidential.getId(), null, "Theme", "Question", null, "test"))
                .isInstanceOf(Refused.class).hasMessage("Select an organisation or a group from the list");
        assertThatThrownBy(() -> log.raise(p, RaisedBy.CHAIR, organisationOf(p), null, null, "Theme", " ", null, "test"))
                .isInstanceOf(Refused.class).hasMessage("Enter what was asked");
        assertThatThrownBy(() -> log.raise(p, RaisedBy.CHAIR, organisationOf(p), null, LocalDate.of(2026, 5, 10), "Theme",
                "Question", LocalDate.of(2026, 5, 9), "test"))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).field()).isEqualTo("responseDueOn");

        assertThat(challengeCount()).isEqualTo(before);
    }

    @Test
    void aChallengeClimbsItsStagesOnlyWhileUnansweredAndClosesWithItsOutcomeAndImpact() {
        var p = shropshire();
        var challenge = log.raise(p, RaisedBy.SCRUTINEER, organisationOf(p), null, null, "Neglect",
                "How do you know the neglect toolkit is used?", null, "chair");
        assertThat(challenge.getResponseDueOn()).isEqualTo(log.today().plusDays(log.responseDays()));

        log.escalate(p, challenge.getId(), challenge.getVersion(), "chair");
        var escalated = log.find(p, challenge.getId()).orElseThrow();
        assertThat(escalated.getStage()).isEqualTo(challenge.getStage() + 1);
        assertThat(escalated.getResponseDueOn()).isEqualTo(log.today().plusDays(14));
        log.escalate(p, challenge.getId(), escalated.getVersion(), "chair");
        var atTheTop = log.find(p, challenge.getId()).orElseThrow();
        assertThatThrownBy(() -> log.escalate(p, challenge.getId(), atTheTop.getVersion(), "chair"))
                .isInstanceOf(Refused.class).hasMessageContaining("the last stage");

        assertThatThrownBy(() -> log.recordResponse(p, challenge.getId(), escalated.getVersion(), "Audit shows use", null, "unit"))
                .isInstanceOf(StaleEdit.class);
        log.recordResponse(p, challenge.getId(), atTheTop.getVersion(), "The audit shows it used in 80% of cases", null, "unit");
        var answered = log.find(p, challenge.getId()).orElseThrow();
        assertThat(answered.getResponse()).isEqualTo("The audit shows it used in 80% of cases");

        assertThatThrownBy(() -> log.close(p, challenge.getId(), answered.getVersion(), "Assured", " ", "chair"))
                .isInstanceOf(Refused.class).hasMessage("Enter the difference the challenge made for children and families");
        assertThat(log.find(p, challenge.getId()).orElseThrow().getClosedOn()).isNull();
        log.close(p, challenge.getId(), answered.getVersion(), "Assured", "Neglect is recognised earlier", "chair");
        var closed = log.find(p, challenge.getId()).orElseThrow();
        assertThat(closed.getClosedOn()).isEqualTo(log.today());
        assertThatThrownBy(() -> log.recordResponse(p, challenge.getId(), closed.getVersion(), "More", null, "unit"))
                .isInstanceOf(Refused.class).hasMessage("This challenge has been closed");

        assertThat(log.steps(challenge.getId())).extracting(ChallengeStep::getWhat)
                .hasSize(5).first().asString().startsWith("Raised by the independent scrutineer");
        assertThat(log.steps(challenge.getId()).getLast().getWhat()).isEqualTo("Closed with its outcome and impact");
    }

    @Test
    void theSummaryCountsOpenAndOverdueChallengesByWhomTheyWerePutTo() {
        var p = shropshire();
        var organisation = organisationOf(p);
        var overdue = log.raise(p, RaisedBy.BOARD, organisation, null, log.today().minusDays(40), "Summary theme " + System.nanoTime(),
                "Overdue question", log.today().minusDays(1), "chair");
        var rows = log.all(p).stream().filter(r -> overdue.getTheme().equals(r.challenge().getTheme())).toList();
        var byTheme = log.summary(rows, r -> r.challenge().getTheme());

        assertThat(byTheme.get(overdue.getTheme())).containsExactly(1, 1, 1);
        assertThat(overdue.isOverdue(log.today())).isTrue();
    }

    @Test
    void aScrutinyFindingsActionIsRefusedWithoutAnOwnerAndOtherwiseNamesItsSourceOnTheTracker() {
        var p = shropshire();
        var otherLine = scrutiny.addLine(partnerships.bySlug("staffordshire").orElseThrow().getId(), 2026, "Other area's line");
        assertThatThrownBy(() -> scrutiny.addActivity(p, otherLine.getId(), ScrutinyKind.OBSERVATION, "Observed", log.today(), "Summary"))
                .isInstanceOf(Refused.class).hasMessage("Select a line of enquiry of this partnership");

        var line = scrutiny.addLine(p, 2026, "Is early help reaching families?");
        var activity = scrutiny.addActivity(p, line.getId(), ScrutinyKind.OBSERVATION, "Observed the executive", log.today(), "Summary");
        var finding = scrutiny.addFinding(p, activity.getId(), "Partners rarely challenge each other");
        var user = new CurrentUser(-1, "chair", "Chair", false, null, List.of(new RoleAssignment(p, Role.CHAIR, null)));
        var actionsBefore = jdbc.queryForObject("select count(*) from action", Long.class);

        assertThatThrownBy(() -> scrutiny.raiseAction(user, p, finding.getId(), "Hold a challenge session", null, null, null))
                .isInstanceOf(Refused.class).hasMessage("Select who owns the action");
        assertThat(jdbc.queryForObject("select count(*) from action", Long.class)).isEqualTo(actionsBefore);

        scrutiny.raiseAction(user, p, finding.getId(), "Hold a challenge session", null, organisationOf(p), log.today().plusMonths(1));
        var tracked = scrutiny.actionsOf(p, List.of(finding)).get(finding.getId());
        assertThat(tracked).singleElement().satisfies(t -> {
            assertThat(t.action().getDescription()).isEqualTo("Hold a challenge session");
            assertThat(t.action().getSource().label()).isEqualTo("Observed the executive");
        });

        assertThatThrownBy(() -> scrutiny.respond(p, finding.getId(), finding.getVersion() + 1, "Agreed"))
                .isInstanceOf(StaleEdit.class);
        scrutiny.respond(p, finding.getId(), finding.getVersion(), "Agreed: a challenge session each quarter");
        assertThat(scrutiny.finding(p, finding.getId()).orElseThrow().getResponse()).isEqualTo("Agreed: a challenge session each quarter");
    }
}

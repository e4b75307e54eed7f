package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.safeguardinghub.rules.StaleEdit;

/** The plan's rules against PostgreSQL: bad input is refused with a clear message, and every change is audited. */
@HubIntegrationTest
class PlansIntegrationTests {

    @Autowired
    StrategicPlans plans;
    @Autowired
    BusinessPlans businessPlans;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    JdbcTemplate jdbc;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private long shropshire() {
        return partnerships.bySlug("shropshire").orElseThrow().getId();
    }

    private CurrentUser businessUnit(long partnershipId) {
        return new CurrentUser(-1, "business.unit", "Joanne Whitfield", false, null,
                List.of(new RoleAssignment(partnershipId, Role.BUSINESS_UNIT, null)));
    }

    private BusinessPlan businessPlan(long partnershipId) {
        var year = BusinessPlan.businessYearOf(LocalDate.now());
        var plan = plans.create(partnershipId, "Plan " + unique, year - 1, year + 1, null, null);
        return businessPlans.create(partnershipId, plan.getId(), year);
    }

    private long group(long partnershipId, String name) {
        return structure.groups(partnershipId).stream().filter(g -> g.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    @Test
    void aProgressUpdateNeedsARagStatusAndANarrative() {
        var p = shropshire();
        var businessPlan = businessPlan(p);
        var activity = businessPlans.addActivity(p, businessPlan.getId(), null, "Publish the threshold document " + unique,
                group(p, "Executive Group"), null, null);
        assertThatThrownBy(() -> businessPlans.report(businessUnit(p), p, activity.getId(), 0, 1, null, "Done", null))
                .isInstanceOf(Refused.class).hasMessage("Select the RAG status");
        assertThatThrownBy(() -> businessPlans.report(businessUnit(p), p, activity.getId(), 0, 1, Rag.GREEN, " ", null))
                .isInstanceOf(Refused.class).hasMessage("Enter what has been done this quarter");
        assertThat(businessPlans.update(activity.getId(), 1)).isEmpty();
    }

    @Test
    void anActivityCannotBeOwnedByAGroupThatHasClosed() {
        var p = shropshire();
        var closed = structure.addGroup(p, group(p, "Executive Group"), "Closed task group " + unique,
                GroupKind.TASK_AND_FINISH, "Finished", "Monthly", false, LocalDate.now().minusDays(10));
        var businessPlan = businessPlan(p);
        assertThatThrownBy(() -> businessPlans.addActivity(p, businessPlan.getId(), null, "Anything", closed.getId(), null, null))
                .isInstanceOf(Refused.class)
                .hasMessageStartingWith("Closed task group " + unique + " closed on ")
                .hasMessageEndingWith("so it cannot own an activity. Choose a group that is still meeting");
    }

    @Test
    void aQuarterThatHasNotStartedCannotBeReportedAndAReviewedUpdateIsFixed() {
        var p = shropshire();
        var businessPlan = businessPlan(p);
        var activity = businessPlans.addActivity(p, businessPlan.getId(), null, "Audit early help " + unique,
                group(p, "Executive Group"), null, null);
        var current = businessPlan.quarterOn(LocalDate.now());
        if (current < 4) {
            assertThatThrownBy(() -> businessPlans.report(businessUnit(p), p, activity.getId(), 0, current + 1, Rag.GREEN,
                    "Ahead of time", null)).isInstanceOf(Refused.class).hasMessageContaining("Report on a quarter that has started");
        }
        var update = businessPlans.report(businessUnit(p), p, activity.getId(), 0, 1, Rag.AMBER, "Started", null);
        assertThatThrownBy(() -> businessPlans.report(businessUnit(p), p, activity.getId(), update.getVersion() + 5, 1,
                Rag.GREEN, "Stale", null)).isInstanceOf(StaleEdit.class);
        businessPlans.review(businessUnit(p), p, update.getId(), update.getVersion(), "Seen");
        var reviewed = businessPlans.update(activity.getId(), 1).orElseThrow();
        assertThatThrownBy(() -> businessPlans.report(businessUnit(p), p, activity.getId(), reviewed.getVersion(), 1,
                Rag.GREEN, "Changed afterwards", null)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("The executive has reviewed this quarter's update");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'ProgressUpdate' and record_id = ?",
                Long.class, String.valueOf(update.getId()))).isEqualTo(2);
    }

    @Test
    void measuresKeepTheirIndicatorWhenThePriorityIsEdited() {
        var p = shropshire();
        var plan = plans.create(p, "Plan " + unique, 2025, 2028, null, null);
        var priority = plans.addPriority(p, plan.getId(), "Neglect", "Identify neglect early", null, null,
                "Fewer repeat plans\nWorkforce confidence", null);
        var first = plans.measures(priority.getId()).getFirst();
        plans.linkMeasureToIndicator(p, first.getId(), 42L);
        plans.changePriority(p, priority.getId(), priority.getVersion(), "Neglect", "Identify neglect early", null, null,
                "Feedback from families\nFewer repeat plans", null);
        var measures = plans.measures(priority.getId());
        assertThat(measures).extracting(SuccessMeasure::getDescription).containsExactly("Feedback from families", "Fewer repeat plans");
        assertThat(measures.get(1).getIndicatorId()).isEqualTo(42L);
    }
}

package org.safeguardinghub.plans;

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
import org.safeguardinghub.rules.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Business plans against PostgreSQL: one plan a year within the strategic plan's period, progress
 * reported only by an activity's owner or the business unit, and an activity of a confidential
 * group that does not exist for someone who cannot see the group.
 */
@HubIntegrationTest
class BusinessPlansIntegrationTests {

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
    private final int year = BusinessPlan.businessYearOf(LocalDate.now());

    private long shropshire() {
        return partnerships.bySlug("shropshire").orElseThrow().getId();
    }

    private CurrentUser user(long partnershipId, Role role, Long personId) {
        return new CurrentUser(-1, "someone." + role, "Someone", false, personId, List.of(new RoleAssignment(partnershipId, role, null)));
    }

    private long executive(long partnershipId) {
        return structure.groups(partnershipId).stream().filter(g -> g.getName().equals("Executive Group")).findFirst().orElseThrow().getId();
    }

    private long businessPlanCount() {
        return jdbc.queryForObject("select count(*) from business_plan", Long.class);
    }

    @Test
    void aBusinessPlanStartsWithinTheStrategicPlansPeriodAndOnlyOnceAYear() {
        var p = shropshire();
        var plan = plans.create(p, "Plan " + unique, year - 1, year + 1, null, null);
        var before = businessPlanCount();

        assertThatThrownBy(() -> businessPlans.create(p, plan.getId(), year + 2))
                .isInstanceOf(Refused.class).hasMessageStartingWith("The business plan's year must start within the strategic plan's period");
        assertThat(businessPlanCount()).isEqualTo(before);

        businessPlans.create(p, plan.getId(), year);
        assertThatThrownBy(() -> businessPlans.create(p, plan.getId(), year))
                .isInstanceOf(Refused.class).hasMessage("There is already a business plan for " + year + " to " + (year + 1));
        assertThat(businessPlanCount()).isEqualTo(before + 1);

        var staffordshire = partnerships.bySlug("staffordshire").orElseThrow().getId();
        assertThatThrownBy(() -> businessPlans.create(staffordshire, plan.getId(), year + 1))
                .isInstanceOf(Refused.class).hasMessage("Select a plan of this partnership");
    }

    @Test
    void progressIsReportedOnlyByTheActivitysOwnerOrTheBusinessUnitAndCountedByRag() {
        var p = shropshire();
        var plan = plans.create(p, "Plan " + unique, year - 1, year + 1, null, null);
        var businessPlan = businessPlans.create(p, plan.getId(), year);
        var ownerPersonId = jdbc.queryForObject(
                "select person_id from membership where partnership_id = ? and group_id = ? order by id limit 1",
                Long.class, p, executive(p));
        var activity = businessPlans.addActivity(p, businessPlan.getId(), null, "Refresh the neglect strategy " + unique,
                executive(p), ownerPersonId, null);
        var someoneElse = user(p, Role.GROUP_MEMBER, ownerPersonId + 100_000);

        assertThat(businessPlans.mayReport(someoneElse, p, activity.getId())).isFalse();
        assertThatThrownBy(() -> businessPlans.report(someoneElse, p, activity.getId(), 0, 1, Rag.GREEN, "Done", null))
                .isInstanceOf(Refused.class).hasMessage("Only the activity's owner and the business unit can report its progress");
        assertThat(businessPlans.update(activity.getId(), 1)).isEmpty();

        var owner = user(p, Role.GROUP_MEMBER, ownerPersonId);
        assertThat(businessPlans.mayReport(owner, p, activity.getId())).isTrue();
        businessPlans.report(owner, p, activity.getId(), 0, 1, Rag.AMBER, "Drafted, consultation late", null);

        var rows = businessPlans.rows(user(p, Role.BUSINESS_UNIT, null), businessPlan);
        assertThat(businessPlans.ragCounts(rows, 1)).containsEntry(Rag.AMBER.label(), 1L).containsEntry(Rag.GREEN.label(), 0L);
        assertThat(businessPlans.ragCounts(rows, 2)).containsEntry("Not reported", 1L);
    }

    @Test
    void anActivityOfAConfidentialGroupDoesNotExistForSomeoneWhoCannotSeeTheGroup() {
        var p = shropshire();
        var confidential = structure.addGroup(p, executive(p), "Confidential task group " + unique,
                GroupKind.TASK_AND_FINISH, "Sensitive work", "Monthly", true, null);
        var plan = plans.create(p, "Plan " + unique, year - 1, year + 1, null, null);
        var businessPlan = businessPlans.create(p, plan.getId(), year);
        var activity = businessPlans.addActivity(p, businessPlan.getId(), null, "Sensitive activity " + unique,
                confidential.getId(), null, null);

        var readOnly = user(p, Role.READ_ONLY, null);
        assertThat(businessPlans.activity(readOnly, p, activity.getId())).isEmpty();
        assertThat(businessPlans.rows(readOnly, businessPlan)).isEmpty();
        assertThat(businessPlans.activity(user(p, Role.BUSINESS_UNIT, null), p, activity.getId())).isPresent();
    }
}

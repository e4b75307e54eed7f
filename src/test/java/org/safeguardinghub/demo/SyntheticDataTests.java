package org.safeguardinghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.learning.ThemeSummary;
import org.safeguardinghub.reviews.CaseReviewDashboard;
import org.safeguardinghub.reviews.PracticeReviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmark generators at a small scale, so a migration that changes what their bulk inserts
 * must fill breaks the build here rather than only when someone next runs a benchmark.
 */
@HubIntegrationTest
@TestPropertySource(properties = "hub.test.own-database=synthetic") // its own context and database: others never see this data
class SyntheticDataTests {

    @Autowired
    SyntheticData structure;
    @Autowired
    SyntheticActivity activity;
    @Autowired
    SyntheticStrategy strategy;
    @Autowired
    SyntheticReviews reviews;
    @Autowired
    CaseReviewDashboard dashboard;
    @Autowired
    PracticeReviews practiceReviews;
    @Autowired
    LearningRegister learning;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fillsASmallPictureOfPartnershipsMeetingsAndActions() {
        if (jdbc.queryForObject("select count(*) from partnership where slug like 'synthetic-%'", Long.class) == 0) {
            structure.fill(new SyntheticData.Scale(2, 6, 60, 12));
        }
        var before = jdbc.queryForObject("select count(*) from action", Long.class);
        activity.fill(new SyntheticActivity.Activity(40, 200));
        assertThat(jdbc.queryForObject("select count(*) from action", Long.class) - before).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from meeting m join partnership p on p.id = m.partnership_id
                where p.slug like 'synthetic-%'""", Long.class)).isGreaterThanOrEqualTo(40);
        // An action raised from an agenda item is as confidential as the item, as the tracker makes it.
        assertThat(synthetic("""
                select count(*) from action x join agenda_item i on i.id = x.source_id
                where %s and x.source_type = 'MEETING_ITEM' and x.confidential <> i.confidential""")).isZero();
        assertThat(synthetic("""
                select count(*) from action x where %s and x.source_type = 'MEETING_ITEM' and x.confidential""")).isPositive();
    }

    @Test
    void fillsEachPartnershipsPlanRegisterAndChallengeLog() {
        if (jdbc.queryForObject("select count(*) from partnership where slug like 'synthetic-%'", Long.class) == 0) {
            structure.fill(new SyntheticData.Scale(2, 6, 60, 12));
        }
        var before = new long[] {count("plan_activity"), count("risk"), count("risk_rating"), count("challenge"),
            count("challenge_step"), count("progress_update"), count("plan_priority")};
        var filled = strategy.fill(new SyntheticStrategy.Strategy(30, 60, 20, 40, 10, 30));

        assertThat(filled.plans()).isEqualTo(2);
        assertThat(count("plan_activity") - before[0]).isEqualTo(filled.activities()).isBetween(60L, 120L);
        assertThat(count("risk") - before[1]).isEqualTo(filled.risks()).isBetween(40L, 80L);
        assertThat(count("risk_rating") - before[2]).isEqualTo(filled.ratings()).isGreaterThanOrEqualTo(filled.risks());
        assertThat(count("challenge") - before[3]).isEqualTo(filled.challenges()).isBetween(20L, 60L);
        assertThat(count("challenge_step") - before[4]).isEqualTo(filled.steps()).isGreaterThanOrEqualTo(filled.challenges());
        assertThat(count("progress_update") - before[5]).isEqualTo(filled.progressUpdates()).isPositive();
        assertThat(count("plan_priority") - before[6]).isEqualTo(filled.priorities()).isBetween(6L, 10L);
        assertThat(filled.measures()).isGreaterThanOrEqualTo(2 * filled.priorities());
        assertThat(jdbc.queryForObject("""
                select count(distinct rag) from progress_update u join partnership p on p.id = u.partnership_id
                where p.slug like 'synthetic-%'""", Long.class)).as("more than one RAG status").isGreaterThan(1);
    }

    @Test
    void fillsCaseReviewsAndTheirLearningWithinTheRulesOfEachStage() {
        if (jdbc.queryForObject("select count(*) from partnership where slug like 'synthetic-%'", Long.class) == 0) {
            structure.fill(new SyntheticData.Scale(2, 6, 60, 12));
        }
        var tables = new String[] {"case_referral", "incident_notification", "rapid_review", "information_request",
            "practice_review", "practice_review_milestone", "practice_review_report", "learning_finding"};
        var before = new long[tables.length];
        for (int t = 0; t < tables.length; t++) {
            before[t] = count(tables[t]);
        }
        long actionsBefore = synthetic("select count(*) from action x where %s and x.source_type = 'LEARNING_FINDING'");
        long tagsBefore = count("learning_finding_theme");
        var filled = reviews.fill(new SyntheticReviews.Reviews(20, 200));

        // What it says it added is what went in.
        assertThat(filled.partnerships()).isEqualTo(2);
        var added = new long[] {filled.referrals(), filled.notifications(), filled.rapidReviews(), filled.informationRequests(),
            filled.practiceReviews(), filled.milestones(), filled.reports(), filled.findings()};
        for (int t = 0; t < tables.length; t++) {
            assertThat(count(tables[t]) - before[t]).as(tables[t]).isEqualTo(added[t]);
        }
        assertThat(count("learning_finding_theme") - tagsBefore).isEqualTo(filled.themeTags());
        assertThat(synthetic("select count(*) from action x where %s and x.source_type = 'LEARNING_FINDING'") - actionsBefore)
                .isEqualTo(filled.actions());
        assertThat(filled.reviews()).as("about 20 reviews a partnership").isBetween(2 * 14, 2 * 27);
        assertThat(filled.findings()).as("about 200 findings a partnership").isBetween(2 * 140, 2 * 260);
        assertThat(filled.milestones()).as("the usual five milestones and the final report for each local review")
                .isEqualTo(6 * filled.localReviews());
        assertThat(filled.untriagedReferrals() + filled.openRapidReviews()).isPositive();

        // Each partnership's joint case review group is one of its own confidential groups.
        assertThat(synthetic("""
                select count(*) from case_review_setting x
                join partnership_group g on g.id = x.review_group_id and g.partnership_id = x.partnership_id and g.confidential
                where %s""")).isEqualTo(2);
        // Every local review follows a rapid review whose partners decided on one; every published one was
        // sent to the Panel and the Secretary of State first; some were published.
        assertThat(synthetic("""
                select count(*) from practice_review x join rapid_review r on r.id = x.rapid_review_id
                where %s and x.kind = 'LOCAL_PRACTICE_REVIEW' and r.decision = 'LOCAL_PRACTICE_REVIEW'""")).isEqualTo(filled.localReviews());
        assertThat(synthetic("""
                select count(*) from practice_review x where %s and x.published_on is not null and x.kind = 'LOCAL_PRACTICE_REVIEW'
                and x.publication_decision = 'PUBLISH' and x.sent_to_panel_on <= x.published_on
                and x.sent_to_secretary_of_state_on <= x.published_on""")).isEqualTo(filled.publishedLocalReviews()).isPositive();
        assertThat(synthetic("""
                select count(*) from practice_review x where %s and x.kind <> 'LOCAL_PRACTICE_REVIEW' and x.rapid_review_id is null
                and x.source is not null""")).isEqualTo(filled.practiceReviews() - filled.localReviews()).isPositive();
        assertThat(synthetic("select count(*) from practice_review x where %s and x.closed_on is null"))
                .isEqualTo(filled.openPracticeReviews()).isPositive();
        // A review is closed only when every action of its findings is, and every recommendation has an action
        // owned by an organisation (or all partners).
        assertThat(synthetic("""
                select count(*) from practice_review x join learning_finding f on f.source_id = x.id and f.source_type = x.kind
                join action a on a.source_type = 'LEARNING_FINDING' and a.source_id = f.id
                where %s and x.closed_on is not null and (a.closed_on is null or a.closed_on > x.closed_on)""")).isZero();
        assertThat(synthetic("""
                select count(*) from learning_finding x where %s and x.recommendation is not null and not exists (
                select 1 from action a where a.source_type = 'LEARNING_FINDING' and a.source_id = x.id and (a.all_partners
                or exists (select 1 from action_owner o where o.action_id = a.id and o.organisation_id is not null)))""")).isZero();
        assertThat(synthetic("""
                select count(*) from learning_finding x join practice_review r on r.id = x.source_id
                where %s and x.source_type = 'LOCAL_PRACTICE_REVIEW' and x.source_reference <> 'LCSPR' || r.id""")).isZero();
        // Submitted requests carry their chronology; some are overdue.
        assertThat(synthetic("""
                select count(*) from information_request x where %s and x.submitted_on is null and x.due_on < current_date""")).isEqualTo(filled.overdueRequests());
        assertThat(synthetic("select count(*) from incident_notification x where %s and x.panel_notified_on is null"))
                .isEqualTo(filled.notYetNotified());

        // Every finding has 1-3 of its partnership's themes; local and rapid review findings are confidential to the
        // joint case review group, and a finding from a practice review names it.
        assertThat(synthetic("""
                select count(*) from learning_finding x where %s and (select count(*) from learning_finding_theme t
                join learning_theme th on th.id = t.theme_id and th.partnership_id = x.partnership_id where t.finding_id = x.id) between 1 and 3"""))
                .isEqualTo(filled.findings());
        assertThat(synthetic("""
                select count(*) from learning_finding x join case_review_setting s on s.partnership_id = x.partnership_id
                where %s and x.source_type in ('RAPID_REVIEW', 'LOCAL_PRACTICE_REVIEW') and not (x.confidential and x.group_id = s.review_group_id)"""))
                .isZero();
        assertThat(synthetic("""
                select count(*) from learning_finding x where %s and x.source_type not in ('RAPID_REVIEW', 'AUDIT') and not exists (
                select 1 from practice_review r where r.id = x.source_id and r.partnership_id = x.partnership_id and r.kind = x.source_type)"""))
                .isZero();
        // Most findings have actions, confidential as the finding is; many are closed, and some themes came back
        // after an earlier finding's actions had all been closed.
        assertThat(synthetic("""
                select count(*) from learning_finding x where %s and exists (select 1 from action a where a.source_type = 'LEARNING_FINDING'
                and a.source_id = x.id and a.partnership_id = x.partnership_id and a.confidential = x.confidential)"""))
                .isGreaterThan(filled.findings() * 7L / 10);
        assertThat(filled.closedActions()).isGreaterThan(filled.actions() / 3);

        // The services read it: the dashboard has open rows, and the themes page shows learning that came back.
        for (var slug : jdbc.queryForList("select slug from partnership where slug like 'synthetic-%' order by slug", String.class)) {
            long id = jdbc.queryForObject("select id from partnership where slug = ?", Long.class, slug);
            assertThat(dashboard.rows(id, slug)).as("open case reviews of " + slug)
                    .anyMatch(row -> !row.href().contains("/practice-reviews/"));
            assertThat(practiceReviews.dashboard(id, slug)).as("open practice reviews of " + slug).isNotEmpty();
            var unit = new CurrentUser(-1, "business.unit", "Business unit", false, null,
                    List.of(new RoleAssignment(id, Role.BUSINESS_UNIT, null)));
            assertThat(learning.themeSummaries(unit, id)).as("themes of " + slug).anyMatch(ThemeSummary::cameBackAfterClosure);
        }
    }

    /** A count over the synthetic partnerships' rows only: {@code %s} in the query stands for "x is one of theirs". */
    private long synthetic(String sql) {
        return jdbc.queryForObject(sql.formatted("x.partnership_id in (select id from partnership where slug like 'synthetic-%')"),
                Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}

package org.safeguardinghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
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

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}

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
}

package org.safeguardinghub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A confidential group shows nowhere to someone who may not see it, not even as a seat on a person's page. */
@HubIntegrationTest
class ConfidentialGroupsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seatsOnAConfidentialGroupAreLeftOffPersonAndOrganisationPagesForThoseWhoCannotSeeIt() throws Exception {
        var sian = jdbc.queryForObject("select id from person where email = 'sian.morgan@hub.example'", Long.class);
        var outsider = mvc.perform(get("/p/shropshire/people/" + sian).with(user(users.loadUserByUsername("read.only"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(outsider).contains("Quality Assurance and Performance Subgroup").doesNotContain("Joint Case Review Subgroup");
        var member = mvc.perform(get("/p/shropshire/people/" + sian).with(user(users.loadUserByUsername("member"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(member).contains("Joint Case Review Subgroup");
    }

    @Test
    void anOrganisationsSeatsOnAConfidentialGroupAreHiddenToo() throws Exception {
        var trust = jdbc.queryForObject("select id from organisation where name = 'Midlands Partnership NHS Foundation Trust'",
                Long.class);
        var outsider = mvc.perform(get("/p/shropshire/organisations/" + trust).with(user(users.loadUserByUsername("read.only"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(outsider).contains("Children&#39;s Safeguarding and Protection Practice Oversight Group")
                .doesNotContain("Joint Case Review Subgroup");
        var chair = mvc.perform(get("/p/shropshire/organisations/" + trust).with(user(users.loadUserByUsername("chair"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(chair).contains("Joint Case Review Subgroup");
    }

    @Test
    void theStructureOverviewAndParentGroupPageLeaveOutAConfidentialGroupForThoseWhoCannotSeeIt() throws Exception {
        var executive = jdbc.queryForObject("""
                select g.id from partnership_group g join partnership p on p.id = g.partnership_id
                where p.slug = 'shropshire' and g.name = 'Executive Group'""", Long.class);
        for (var page : java.util.List.of("/p/shropshire/structure", "/p/shropshire", "/p/shropshire/groups/" + executive)) {
            var outsider = mvc.perform(get(page).with(user(users.loadUserByUsername("read.only")))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(outsider).as(page).doesNotContain("Joint Case Review Subgroup");
            var chair = mvc.perform(get(page).with(user(users.loadUserByUsername("chair")))).andReturn()
                    .getResponse().getContentAsString();
            if (!page.equals("/p/shropshire")) {
                assertThat(chair).as(page).contains("Joint Case Review Subgroup");
            }
        }
    }
}

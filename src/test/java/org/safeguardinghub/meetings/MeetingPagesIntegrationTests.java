package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The meeting pages rendered for real against the demo, with their refusals and messages. */
@HubIntegrationTest
class MeetingPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long upcomingExecutiveMeeting() {
        return jdbc.queryForObject("""
                select min(m.id) from meeting m join partnership_group g on g.id = m.group_id
                where g.name = 'Executive Group' and m.held_on > current_date and m.partnership_id =
                    (select id from partnership where slug = 'shropshire')""", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void anAgendaItemWithoutATitleIsRefusedWithAMessageAndNothingIsAdded() throws Exception {
        var meeting = upcomingExecutiveMeeting();
        var before = count("agenda_item");
        var html = mvc.perform(post("/p/shropshire/meetings/" + meeting + "/items/new").with(csrf())
                .param("title", " ").with(user(users.loadUserByUsername("business.unit"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem", "Enter the item&#39;s title");
        assertThat(count("agenda_item")).isEqualTo(before);
    }

    @Test
    void minutesOfAMeetingThatHasNotHappenedCannotApproveTheLastOnes() throws Exception {
        var meeting = upcomingExecutiveMeeting();
        var response = mvc.perform(post("/p/shropshire/meetings/" + meeting + "/approve-previous").with(csrf())
                .with(user(users.loadUserByUsername("business.unit")))).andReturn();
        assertThat(response.getFlashMap().get("refusal")).asString().contains("has not happened yet");
    }

    @Test
    void theDemoOversightMeetingShowsTheMatterWaitingOnTheExecutivesAgenda() throws Exception {
        var html = mvc.perform(get("/p/shropshire/meetings/" + upcomingExecutiveMeeting())
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Matters raised by subgroups", "learning briefings are checked to reach front-line staff");
    }

    @Test
    void anotherPartnershipsBusinessUnitCannotReachAMeeting() throws Exception {
        var meeting = upcomingExecutiveMeeting();
        var throughTheirs = mvc.perform(get("/p/shropshire/meetings/" + meeting)
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        var throughOwn = mvc.perform(get("/p/staffordshire/meetings/" + meeting)
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        assertThat(throughTheirs).isEqualTo(403);
        assertThat(throughOwn).isEqualTo(404);
    }

    @Test
    void twoPeopleWritingTheSameItemsNotesNeverOverwriteEachOther() throws Exception {
        var meeting = upcomingExecutiveMeeting();
        var item = jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ? and kind = 'ANY_OTHER_BUSINESS'",
                Long.class, meeting);
        var version = jdbc.queryForObject("select version from agenda_item where id = ?", Integer.class, item);
        var path = "/p/shropshire/meetings/" + meeting + "/items/" + item + "/notes";
        mvc.perform(post(path).with(csrf()).param("version", String.valueOf(version)).param("notes", "First writer's notes")
                .with(user(users.loadUserByUsername("business.unit"))));
        var html = mvc.perform(post(path).with(csrf()).param("version", String.valueOf(version))
                .param("notes", "Second writer's notes").with(user(users.loadUserByUsername("business.unit"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else changed this item while you were editing it", "Saved by someone else: First writer&#39;s notes",
                "Second writer&#39;s notes");
        assertThat(jdbc.queryForObject("select notes from agenda_item where id = ?", String.class, item))
                .isEqualTo("First writer's notes");
    }
}

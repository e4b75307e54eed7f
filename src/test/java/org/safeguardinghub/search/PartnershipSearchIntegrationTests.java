package org.safeguardinghub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.actions.ActionStatus;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.meetings.MattersRaised;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingDiary;
import org.safeguardinghub.meetings.MinutesBook;
import org.safeguardinghub.meetings.ScheduleMeeting;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search against PostgreSQL with the demo partnerships: it finds minutes, decisions, matters and
 * actions by their words, and shows nobody what they may not see. Each test searches for words
 * made up for it, so records other tests add never match.
 */
@HubIntegrationTest
class PartnershipSearchIntegrationTests {

    @Autowired
    PartnershipSearch search;
    @Autowired
    MeetingDiary meetings;
    @Autowired
    MinutesBook minutesBook;
    @Autowired
    MattersRaised matters;
    @Autowired
    ActionTracker tracker;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    Partnership shropshire;
    Partnership staffordshire;
    static final Random RANDOM = new Random();

    @BeforeEach
    void demo() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow();
        staffordshire = partnerships.bySlug("staffordshire").orElseThrow();
    }

    /** A word no dictionary or other test has: letters only, so PostgreSQL keeps it as one lexeme. */
    private static String word() {
        var letters = new StringBuilder("zq");
        for (int i = 0; i < 9; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    private CurrentUser as(String username) {
        var id = accounts.byUsername(username).orElseThrow().getId();
        HubPrincipal principal = () -> id;
        return accounts.currentUser(principal).orElseThrow();
    }

    private long group(Partnership partnership, String name) {
        return jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?", Long.class,
                partnership.getId(), name);
    }

    private Meeting meeting(Partnership partnership, long groupId) {
        return meetings.schedule(new ScheduleMeeting(partnership.getId(), groupId, LocalDate.of(2025, 2, 3),
                LocalTime.of(10, 0), LocalTime.of(12, 0), "Shirehall", null));
    }

    /** A subgroup of the executive on which the demo "member" (Sian Morgan) sits, and nobody else. */
    private long groupWithTheMember() {
        var executive = group(shropshire, "Executive Group");
        var created = structure.addGroup(shropshire.getId(), executive, "Search test subgroup " + word(),
                GroupKind.SUBGROUP, null, null, false, null);
        structure.addMembership(shropshire.getId(), created.getId(), as("member").personId(), null, MembershipRole.MEMBER,
                null, LocalDate.of(2000, 1, 1), null);
        return created.getId();
    }

    private SearchResults find(String username, Partnership partnership, String words) {
        return search.search(as(username), partnership, words, null, 1, 20);
    }

    @Test
    void findsMinutesDecisionsMattersAndActionsWithTheirUpdates() {
        var word = word();
        var inUpdate = word();
        var groupId = groupWithTheMember();
        var meeting = meeting(shropshire, groupId);
        var item = meetings.addItem(shropshire.getId(), meeting.getId(), "Neglect strategy " + word, "Kate Brennan", false);
        minutesBook.writeNotes(shropshire.getId(), meeting.getId(), item.getId(), item.getVersion(),
                "Members discussed how practitioners use the " + word + " toolkit with families.");
        minutesBook.recordDecision(shropshire.getId(), meeting.getId(), item.getId(),
                "The subgroup agreed to adopt the " + word + " toolkit.", "business.unit");
        var actionId = minutesBook.raiseAction(shropshire.getId(), meeting.getId(), item.getId(),
                "Circulate the " + word + " toolkit to all schools", Set.of(), Set.of(), true, null, "business.unit");
        var action = tracker.find(as("business.unit"), shropshire.getId(), actionId).orElseThrow().action();
        tracker.addUpdate(as("business.unit"), shropshire.getId(), actionId, action.getVersion(),
                "Sent to the " + inUpdate + " cluster of schools", ActionStatus.IN_PROGRESS);
        matters.raiseMatter(shropshire.getId(), meeting.getId(), item.getId(),
                "The executive is asked to fund the " + word + " toolkit training.");

        var found = find("read.only", shropshire, word);

        assertThat(found.count(ResultType.MINUTES)).isEqualTo(1);
        assertThat(found.count(ResultType.DECISION)).isEqualTo(1);
        assertThat(found.count(ResultType.ACTION)).as("the action, once").isEqualTo(1);
        assertThat(found.count(ResultType.MATTER)).isEqualTo(1);
        assertThat(found.total()).isEqualTo(4);
        var minutes = found.results().stream().filter(r -> r.type() == ResultType.MINUTES).findFirst().orElseThrow();
        assertThat(minutes.href()).isEqualTo("/p/shropshire/meetings/" + meeting.getId() + "/items/" + item.getId());
        assertThat(minutes.title()).isEqualTo("Neglect strategy " + word);
        assertThat(minutes.snippet().html()).contains("<mark>" + word + "</mark> toolkit");
        assertThat(found.results()).filteredOn(r -> r.type() == ResultType.ACTION).singleElement()
                .satisfies(r -> assertThat(r.href()).isEqualTo("/p/shropshire/actions/" + actionId));

        var byUpdate = find("read.only", shropshire, inUpdate);
        assertThat(byUpdate.results()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ResultType.ACTION);
            assertThat(r.href()).isEqualTo("/p/shropshire/actions/" + actionId);
            assertThat(r.snippet().text()).contains("cluster of schools");
        });

        var decisionsOnly = search.search(as("read.only"), shropshire, word, ResultType.DECISION, 1, 20);
        assertThat(decisionsOnly.results()).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Decision: Neglect strategy " + word));
        assertThat(decisionsOnly.total()).isEqualTo(1);
    }

    @Test
    void wordsAreStemmedAndPhrasesKeptTogether() {
        var word = word();
        var meeting = meeting(shropshire, group(shropshire, "Executive Group"));
        var item = meetings.addItem(shropshire.getId(), meeting.getId(), "Training " + word, null, false);
        minutesBook.writeNotes(shropshire.getId(), meeting.getId(), item.getId(), item.getVersion(),
                "Practitioners were trained in safer sleep.");

        assertThat(find("read.only", shropshire, word + " training").total()).isEqualTo(1);
        assertThat(find("read.only", shropshire, word + " \"sleep safer\"").total()).as("a phrase in the wrong order").isZero();
        assertThat(find("read.only", shropshire, word + " \"safer sleep\"").total()).isEqualTo(1);
        assertThat(find("read.only", shropshire, word + " -sleep").total()).as("a word left out").isZero();
    }

    @Test
    void confidentialGroupsAreFoundOnlyByThoseWhoMaySeeThem() {
        var word = word();
        var meeting = meeting(shropshire, group(shropshire, "Joint Case Review Subgroup"));
        var item = meetings.addItem(shropshire.getId(), meeting.getId(), "Rapid review " + word, null, false);
        minutesBook.recordDecision(shropshire.getId(), meeting.getId(), item.getId(), "Proceed to a " + word + " review.",
                "business.unit");

        assertThat(find("read.only", shropshire, word).total()).isZero();
        assertThat(find("agency.rep", shropshire, word).total()).isZero();
        assertThat(find("member", shropshire, word).total()).as("a member of the group").isEqualTo(2);
        assertThat(find("business.unit", shropshire, word).total()).isEqualTo(2);
        assertThat(find("chair", shropshire, word).total()).isEqualTo(2);
    }

    @Test
    void confidentialItemsWithTheirDecisionsActionsAndMattersAreFoundOnlyByTheGroupsMembersAndOversight() {
        var word = word();
        var groupId = groupWithTheMember();
        var meeting = meeting(shropshire, groupId);
        var secret = meetings.addItem(shropshire.getId(), meeting.getId(), "Case discussion " + word, null, true);
        minutesBook.writeNotes(shropshire.getId(), meeting.getId(), secret.getId(), secret.getVersion(),
                "Discussion of the " + word + " family.");
        minutesBook.recordDecision(shropshire.getId(), meeting.getId(), secret.getId(), "Refer the " + word + " case.",
                "business.unit");
        minutesBook.raiseAction(shropshire.getId(), meeting.getId(), secret.getId(), "Write to the " + word + " school",
                Set.of(), Set.of(), true, null, "business.unit");
        matters.raiseMatter(shropshire.getId(), meeting.getId(), secret.getId(), "Escalate the " + word + " concern.");
        var open = meetings.addItem(shropshire.getId(), meeting.getId(), "Open item " + word, null, false);

        var outsider = find("read.only", shropshire, word);
        assertThat(outsider.results()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("Open item " + word));
        assertThat(outsider.total()).isEqualTo(1);
        assertThat(find("member", shropshire, word).total()).as("the group's own member").isEqualTo(5);
        var oversight = find("business.unit", shropshire, word);
        assertThat(oversight.total()).isEqualTo(5);
        assertThat(oversight.results()).filteredOn(SearchResult::confidential).hasSize(4);
        assertThat(open.isConfidential()).isFalse();
    }

    @Test
    void anActionMarkedConfidentialIsFoundOnlyByThoseWhoMayReadItsGroupsConfidentialBusiness() {
        var word = word();
        var groupId = groupWithTheMember();
        var action = tracker.raise(new org.safeguardinghub.actions.RaiseAction(shropshire.getId(), groupId,
                "Check the " + word + " safety plan", Set.of(), Set.of(), true, null,
                org.safeguardinghub.actions.ActionSource.raisedDirectly(), "business.unit", true));
        tracker.raise(new org.safeguardinghub.actions.RaiseAction(shropshire.getId(), groupId,
                "Share the " + word + " leaflet", Set.of(), Set.of(), true, null,
                org.safeguardinghub.actions.ActionSource.raisedDirectly(), "business.unit"));

        var outsider = find("read.only", shropshire, word);
        assertThat(outsider.total()).as("only the ordinary action").isEqualTo(1);
        assertThat(outsider.results()).noneMatch(r -> r.title().contains("safety plan"));
        assertThat(find("member", shropshire, word).total()).as("the group's own member").isEqualTo(2);
        assertThat(find("business.unit", shropshire, word).results()).filteredOn(SearchResult::confidential)
                .singleElement().satisfies(r -> assertThat(r.href()).endsWith("/actions/" + action.getId()));
    }

    @Test
    void anotherPartnershipsWordsNeverAppear() throws Exception {
        var word = word();
        var meeting = meeting(staffordshire, jdbc.queryForObject(
                "select min(id) from partnership_group where partnership_id = ? and not confidential", Long.class,
                staffordshire.getId()));
        var item = meetings.addItem(staffordshire.getId(), meeting.getId(), "Staffordshire item " + word, null, false);
        minutesBook.recordDecision(staffordshire.getId(), meeting.getId(), item.getId(), "Agreed " + word, "staffs.unit");

        assertThat(find("staffs.unit", staffordshire, word).total()).isEqualTo(2);
        assertThat(find("business.unit", shropshire, word).total()).isZero();
        assertThat(find("chair", shropshire, word).total()).as("a chair of both, searching Shropshire").isZero();

        var page = mvc.perform(get("/p/shropshire/search").param("q", word)
                .with(user(users.loadUserByUsername("chair")))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("0 results").doesNotContain("Staffordshire item");
        var refused = mvc.perform(get("/p/shropshire/search").param("q", word)
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
    }

    @Test
    void thePageEscapesWhatWasWrittenMarksTheMatchesAndPages() throws Exception {
        var word = word();
        var meeting = meeting(shropshire, group(shropshire, "Executive Group"));
        var item = meetings.addItem(shropshire.getId(), meeting.getId(), "Item <b>" + word + "</b>", null, false);
        minutesBook.writeNotes(shropshire.getId(), meeting.getId(), item.getId(), item.getVersion(),
                "<script>alert('" + word + "')</script> & more");
        for (int i = 0; i < 21; i++) {
            minutesBook.recordDecision(shropshire.getId(), meeting.getId(), item.getId(), "Decision " + i + " on " + word,
                    "business.unit");
        }

        var html = mvc.perform(get("/p/shropshire/search").param("q", word)
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("22 results", "Minutes (1)", "Decisions (21)", "<mark>" + word + "</mark>",
                "&amp; more", "Item &lt;b&gt;" + word + "&lt;/b&gt;")
                .doesNotContain("<script>alert", "<b>" + word);
        assertThat(html).contains("?q=" + word + "&amp;page=2");

        var second = mvc.perform(get("/p/shropshire/search").param("q", word).param("type", "decision").param("page", "2")
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("21 results");
        assertThat(second.split("<h3 ").length - 1).as("results on the second page of 20").isEqualTo(1);
    }

    @Test
    void anEmptySearchAsksForWordsAndAMissAsksForOthers() throws Exception {
        var empty = mvc.perform(get("/p/shropshire/search").param("q", "  ")
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("There is a problem", "Enter what you are looking for");
        var first = mvc.perform(get("/p/shropshire/search")
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsString();
        assertThat(first).doesNotContain("There is a problem").contains("Words to look for");
        var miss = mvc.perform(get("/p/shropshire/search").param("q", word())
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsString();
        assertThat(miss).contains("0 results", "There are no results matching", "checking your spelling");
        assertThat(search.search(as("read.only"), shropshire, "the and of", null, 1, 20).total())
                .as("only words too common to index").isZero();
    }
}

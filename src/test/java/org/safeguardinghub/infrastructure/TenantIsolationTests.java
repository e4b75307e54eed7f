package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Staffordshire user cannot reach a Shropshire record: not through Shropshire's URLs (403) and not
 * by putting a Shropshire record's number into a Staffordshire URL (404), for every kind of record.
 */
@HubIntegrationTest
class TenantIsolationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    Organisations organisations;

    static long group;
    static long organisation;
    static long person;
    static long membership;
    static long termsOfReference;
    static long action;
    static long meeting;
    static long item;
    static long plan;
    static long priority;
    static long businessPlan;
    static long activity;
    static long risk;
    static long challenge;
    static long scrutinyActivity;
    static long theme;
    static long learningFinding;
    static long briefing;
    static long referral;
    static long notification;
    static long rapidReview;
    static long informationRequest;
    static long practiceReview;

    @BeforeEach
    void shropshireOnlyRecords() throws Exception {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        group = jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = 'Executive Group'",
                Long.class, shropshire);
        organisation = organisations.in(shropshire).stream()
                .filter(o -> o.organisation().getName().equals("Shropshire Council")).findFirst().orElseThrow()
                .organisation().getId();
        person = jdbc.queryForObject("""
                select pp.person_id from partnership_person pp where pp.partnership_id = ?
                and not exists (select 1 from partnership_person o where o.person_id = pp.person_id and o.partnership_id <> ?)
                order by pp.person_id limit 1""", Long.class, shropshire, shropshire);
        membership = jdbc.queryForObject("select min(id) from membership where partnership_id = ?", Long.class, shropshire);
        action = jdbc.queryForObject("select min(id) from action where partnership_id = ?", Long.class, shropshire);
        meeting = jdbc.queryForObject("select min(id) from meeting where partnership_id = ?", Long.class, shropshire);
        item = jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ? and not confidential", Long.class, meeting);
        plan = jdbc.queryForObject("select min(id) from strategic_plan where partnership_id = ?", Long.class, shropshire);
        priority = jdbc.queryForObject("select min(id) from plan_priority where partnership_id = ?", Long.class, shropshire);
        businessPlan = jdbc.queryForObject("select min(id) from business_plan where partnership_id = ?", Long.class, shropshire);
        activity = jdbc.queryForObject("select min(id) from plan_activity where partnership_id = ?", Long.class, shropshire);
        challenge = jdbc.queryForObject("select min(id) from challenge where partnership_id = ?", Long.class, shropshire);
        scrutinyActivity = jdbc.queryForObject("select min(id) from scrutiny_activity where partnership_id = ?", Long.class, shropshire);
        risk = jdbc.queryForObject("select min(id) from risk where partnership_id = ?", Long.class, shropshire);
        theme = jdbc.queryForObject("select min(id) from learning_theme where partnership_id = ?", Long.class, shropshire);
        briefing = jdbc.queryForObject("select min(id) from learning_briefing where partnership_id = ?", Long.class, shropshire);
        learningFinding = jdbc.queryForObject("select min(id) from learning_finding where partnership_id = ?", Long.class, shropshire);
        referral = jdbc.queryForObject("select min(id) from case_referral where partnership_id = ?", Long.class, shropshire);
        notification = jdbc.queryForObject("select min(id) from incident_notification where partnership_id = ?", Long.class, shropshire);
        rapidReview = jdbc.queryForObject("select min(id) from rapid_review where partnership_id = ?", Long.class, shropshire);
        practiceReview = jdbc.queryForObject("select min(id) from practice_review where partnership_id = ?", Long.class, shropshire);
        informationRequest = jdbc.queryForObject("select min(id) from information_request where partnership_id = ? and submitted_on is not null",
                Long.class, shropshire);
        var pdf = TestDocuments.pdf("Terms of reference");
        termsOfReference = structure.addTermsOfReference(shropshire, group, java.time.LocalDate.of(2024, 4, 1),
                UploadedDocument.check("tor.pdf", pdf), "test").getId();
    }

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("group", "/groups/{id}", "group"),
                Arguments.of("group history", "/groups/{id}/history", "group"),
                Arguments.of("who has not responded in a group", "/groups/{id}/responses", "group"),
                Arguments.of("group edit", "/groups/{id}/edit", "group"),
                Arguments.of("add a member to a group", "/groups/{id}/members/new", "group"),
                Arguments.of("terms of reference upload", "/groups/{id}/terms-of-reference/new", "group"),
                Arguments.of("import minutes", "/groups/{id}/meetings/import", "group"),
                Arguments.of("terms of reference document", "/groups/{group}/terms-of-reference/{id}", "tor"),
                Arguments.of("organisation", "/organisations/{id}", "organisation"),
                Arguments.of("organisation edit", "/organisations/{id}/edit", "organisation"),
                Arguments.of("organisation history", "/organisations/{id}/history", "organisation"),
                Arguments.of("person", "/people/{id}", "person"),
                Arguments.of("person edit", "/people/{id}/edit", "person"),
                Arguments.of("person history", "/people/{id}/history", "person"),
                Arguments.of("membership edit", "/memberships/{id}/edit", "membership"),
                Arguments.of("membership history", "/memberships/{id}/history", "membership"),
                Arguments.of("action", "/actions/{id}", "action"),
                Arguments.of("action history", "/actions/{id}/history", "action"),
                Arguments.of("group meetings", "/groups/{id}/meetings", "group"),
                Arguments.of("schedule a meeting", "/groups/{id}/meetings/new", "group"),
                Arguments.of("quorum rule", "/groups/{id}/quorum", "group"),
                Arguments.of("meeting", "/meetings/{id}", "meeting"),
                Arguments.of("meeting edit", "/meetings/{id}/edit", "meeting"),
                Arguments.of("meeting history", "/meetings/{id}/history", "meeting"),
                Arguments.of("meeting calendar", "/meetings/{id}/calendar.ics", "meeting"),
                Arguments.of("minutes", "/meetings/{id}/minutes", "meeting"),
                Arguments.of("attendance", "/meetings/{id}/attendance", "meeting"),
                Arguments.of("add an agenda item", "/meetings/{id}/items/new", "meeting"),
                Arguments.of("agenda item", "/meetings/{meeting}/items/{id}", "item"),
                Arguments.of("strategic plan", "/plans/{id}", "plan"),
                Arguments.of("strategic plan edit", "/plans/{id}/edit", "plan"),
                Arguments.of("strategic plan history", "/plans/{id}/history", "plan"),
                Arguments.of("plan on a page", "/plans/{id}/on-a-page", "plan"),
                Arguments.of("plan on a page as PDF", "/plans/{id}/on-a-page.pdf", "plan"),
                Arguments.of("plan on a page as Excel", "/plans/{id}/on-a-page.xlsx", "plan"),
                Arguments.of("add a priority", "/plans/{id}/priorities/new", "plan"),
                Arguments.of("priority", "/priorities/{id}", "priority"),
                Arguments.of("priority edit", "/priorities/{id}/edit", "priority"),
                Arguments.of("business plan", "/business-plans/{id}", "businessPlan"),
                Arguments.of("quarterly review", "/business-plans/{id}/review", "businessPlan"),
                Arguments.of("add an activity", "/business-plans/{id}/activities/new", "businessPlan"),
                Arguments.of("activity", "/activities/{id}", "activity"),
                Arguments.of("activity edit", "/activities/{id}/edit", "activity"),
                Arguments.of("activity history", "/activities/{id}/history", "activity"),
                Arguments.of("risk", "/risks/{id}", "risk"),
                Arguments.of("risk edit", "/risks/{id}/edit", "risk"),
                Arguments.of("risk history", "/risks/{id}/history", "risk"),
                Arguments.of("challenge", "/challenges/{id}", "challenge"),
                Arguments.of("challenge history", "/challenges/{id}/history", "challenge"),
                Arguments.of("scrutiny activity", "/scrutiny/activities/{id}", "scrutinyActivity"),
                Arguments.of("learning theme edit", "/learning/themes/{id}/edit", "theme"),
                Arguments.of("learning finding", "/learning/findings/{id}", "learningFinding"),
                Arguments.of("learning finding edit", "/learning/findings/{id}/edit", "learningFinding"),
                Arguments.of("learning finding history", "/learning/findings/{id}/history", "learningFinding"),
                Arguments.of("learning briefing", "/learning/briefings/{id}", "briefing"),
                Arguments.of("learning briefing edit", "/learning/briefings/{id}/edit", "briefing"),
                Arguments.of("case referral", "/case-reviews/referrals/{id}", "referral"),
                Arguments.of("serious incident notification", "/case-reviews/notifications/{id}", "notification"),
                Arguments.of("rapid review", "/case-reviews/rapid-reviews/{id}", "rapidReview"),
                Arguments.of("information request", "/case-reviews/information-requests/{id}", "informationRequest"),
                Arguments.of("chronology", "/case-reviews/information-requests/{id}/chronology", "informationRequest"),
                Arguments.of("practice review", "/case-reviews/practice-reviews/{id}", "practiceReview"));
    }

    private static String path(String pattern, String kind) {
        long id = switch (kind) {
            case "group" -> group;
            case "organisation" -> organisation;
            case "person" -> person;
            case "membership" -> membership;
            case "action" -> action;
            case "meeting" -> meeting;
            case "item" -> item;
            case "plan" -> plan;
            case "priority" -> priority;
            case "businessPlan" -> businessPlan;
            case "activity" -> activity;
            case "risk" -> risk;
            case "challenge" -> challenge;
            case "scrutinyActivity" -> scrutinyActivity;
            case "theme" -> theme;
            case "learningFinding" -> learningFinding;
            case "briefing" -> briefing;
            case "referral" -> referral;
            case "notification" -> notification;
            case "rapidReview" -> rapidReview;
            case "informationRequest" -> informationRequest;
            case "practiceReview" -> practiceReview;
            default -> termsOfReference;
        };
        return pattern.replace("{group}", String.valueOf(group)).replace("{meeting}", String.valueOf(meeting)).replace("{id}", String.valueOf(id));
    }

    @ParameterizedTest(name = "{0} through the other partnership's URL is 404")
    @MethodSource("records")
    void anotherPartnershipsRecordIsNotFoundThroughYourOwnPartnership(String name, String pattern, String kind)
            throws Exception {
        var response = mvc.perform(get("/p/staffordshire" + path(pattern, kind))
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).doesNotContain("Shropshire Council", "Executive Group");
    }

    @ParameterizedTest(name = "{0} through its own partnership's URL is 403")
    @MethodSource("records")
    void anotherPartnershipsUrlsAreForbidden(String name, String pattern, String kind) throws Exception {
        var status = mvc.perform(get("/p/shropshire" + path(pattern, kind))
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void chasingAnotherPartnershipsActionIsRefusedAndChangesNothing() throws Exception {
        var version = jdbc.queryForObject("select version from action where id = ?", Integer.class, action);
        var before = jdbc.queryForMap("select respond_by, asked_at, version from action where id = ?", action);
        var lines = jdbc.queryForObject("select count(*) from action_update where action_id = ?", Long.class, action);
        var throughOwn = mvc.perform(post("/p/staffordshire/actions/" + action + "/chase").with(csrf())
                .param("version", String.valueOf(version)).with(user(users.loadUserByUsername("staffs.unit"))))
                .andReturn().getResponse().getStatus();
        var throughTheirs = mvc.perform(post("/p/shropshire/actions/" + action + "/chase").with(csrf())
                .param("version", String.valueOf(version)).with(user(users.loadUserByUsername("staffs.unit"))))
                .andReturn().getResponse().getStatus();
        assertThat(throughOwn).isEqualTo(404);
        assertThat(throughTheirs).isEqualTo(403);
        assertThat(jdbc.queryForMap("select respond_by, asked_at, version from action where id = ?", action)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from action_update where action_id = ?", Long.class, action))
                .isEqualTo(lines);
    }

    @ParameterizedTest(name = "{0} another partnership's briefing is refused and changes nothing")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/chase", "/publish", "/confirmations"})
    void anotherPartnershipsBriefingCannotBePublishedChasedOrConfirmed(String suffix) throws Exception {
        var before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        var organisation = String.valueOf(TenantIsolationTests.organisation);
        var throughOwn = mvc.perform(post("/p/staffordshire/learning/briefings/" + briefing + suffix).with(csrf())
                .param("version", "0").param("organisationId", organisation).param("stage", "RECEIVED")
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        var throughTheirs = mvc.perform(post("/p/shropshire/learning/briefings/" + briefing + suffix).with(csrf())
                .param("version", "0").param("organisationId", organisation).param("stage", "RECEIVED")
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        assertThat(throughOwn).isEqualTo(404);
        assertThat(throughTheirs).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void minutesCannotBeImportedIntoAnotherPartnershipsGroup() throws Exception {
        var before = jdbc.queryForObject("select count(*) from meeting", Long.class);
        var file = new org.springframework.mock.web.MockMultipartFile("minutes", "minutes.txt", "text/plain",
                "Minutes of the Executive Group\n17 May 2023\n1. Welcome\nAction: All partners to reply.".getBytes());
        for (var slug : java.util.List.of("staffordshire", "shropshire")) {
            var status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .multipart("/p/" + slug + "/groups/" + group + "/meetings/import").file(file).with(csrf())
                    .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
            assertThat(status).as(slug).isEqualTo(slug.equals("shropshire") ? 403 : 404);
        }
        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} on another partnership's practice review is not found and changes nothing")
    @ValueSource(strings = {"/findings", "/details", "/close", "/publication-decision", "/milestones", "/milestones/date", "/sent"})
    void anotherPartnershipsPracticeReviewCannotBeChanged(String suffix) throws Exception {
        var findings = jdbc.queryForObject("select count(*) from learning_finding", Long.class);
        var review = jdbc.queryForMap("select * from practice_review where id = ?", practiceReview);
        var status = mvc.perform(post("/p/staffordshire/case-reviews/practice-reviews/" + practiceReview + suffix).with(csrf())
                .param("finding", "Taken over").param("termsOfReference", "Taken over").param("milestoneName", "Taken over")
                .param("publicationDecision", "NOT_PUBLISH").param("publicationReasons", "Taken over")
                .param("version", String.valueOf(review.get("version")))
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from learning_finding", Long.class)).isEqualTo(findings);
        assertThat(jdbc.queryForMap("select * from practice_review where id = ?", practiceReview)).isEqualTo(review);
    }

    @ParameterizedTest(name = "changing {0} from the other partnership changes nothing")
    @MethodSource("records")
    void changesThroughTheOtherPartnershipAreRefused(String name, String pattern, String kind) throws Exception {
        if (!pattern.endsWith("/edit")) {
            return;
        }
        var before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        var status = mvc.perform(post("/p/staffordshire" + path(pattern, kind)).with(csrf())
                .param("name", "Taken over").param("givenName", "Taken").param("familyName", "Over")
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
    }

    @Test
    void recordsShropshireKeepsAndStaffordshireSharesCannotBeChangedFromStaffordshire() throws Exception {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var staffordshire = partnerships.bySlug("staffordshire").orElseThrow().getId();
        var police = jdbc.queryForObject("select id from organisation where name = 'West Mercia Police'", Long.class);
        var sharedPerson = jdbc.queryForObject("""
                select p.id from person p where p.owner_partnership_id = ? and p.email is not null
                and exists (select 1 from partnership_person pp where pp.person_id = p.id and pp.partnership_id = ?)
                order by p.id limit 1""", Long.class, shropshire, staffordshire);
        var organisationBefore = jdbc.queryForMap("select * from organisation where id = ?", police);
        var personBefore = jdbc.queryForMap("select * from person where id = ?", sharedPerson);
        var gapsBefore = structure.gaps(shropshire);
        var link = jdbc.queryForMap("select version from partnership_organisation where partnership_id = ? and organisation_id = ?",
                staffordshire, police);

        var organisationStatus = mvc.perform(post("/p/staffordshire/organisations/" + police + "/edit").with(csrf())
                .param("name", "Taken over").param("type", "VOLUNTARY").param("website", "https://taken.example")
                .param("joinedOn.day", "1").param("joinedOn.month", "4").param("joinedOn.year", "2019")
                .param("version", String.valueOf(organisationBefore.get("version")))
                .param("participationVersion", String.valueOf(link.get("version")))
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse();
        var personStatus = mvc.perform(post("/p/staffordshire/people/" + sharedPerson + "/edit").with(csrf())
                .param("givenName", "Taken").param("familyName", "Over").param("email", "taken.over@example.org")
                .param("version", String.valueOf(personBefore.get("version")))
                .with(user(users.loadUserByUsername("staffs.unit")))).andReturn().getResponse();

        assertThat(organisationStatus.getContentAsString()).contains("Kept by Shropshire");
        assertThat(personStatus.getContentAsString()).contains("Kept by Shropshire");
        assertThat(jdbc.queryForMap("select * from organisation where id = ?", police)).isEqualTo(organisationBefore);
        assertThat(jdbc.queryForMap("select * from person where id = ?", sharedPerson)).isEqualTo(personBefore);
        assertThat(structure.gaps(shropshire)).isEqualTo(gapsBefore);
    }

    @ParameterizedTest(name = "writing {0} into another partnership's minutes is refused")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/items/{item}/notes", "/items/{item}/decisions",
            "/items/{item}/matters", "/circulate", "/attendance", "/publish", "/difference"})
    void minutesCannotBeWrittenFromAnotherPartnership(String suffix) throws Exception {
        var before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        var path = "/meetings/" + meeting + suffix.replace("{item}", String.valueOf(item));
        var throughOwn = mvc.perform(post("/p/staffordshire" + path).with(csrf()).param("version", "0")
                .param("notes", "Taken over").param("decisionText", "Taken over").param("matter", "Taken over")
                .param("differenceMade", "Taken over").with(user(users.loadUserByUsername("staffs.unit"))))
                .andReturn().getResponse().getStatus();
        var throughTheirs = mvc.perform(post("/p/shropshire" + path).with(csrf()).param("version", "0")
                .param("notes", "Taken over").with(user(users.loadUserByUsername("staffs.unit"))))
                .andReturn().getResponse().getStatus();
        assertThat(throughOwn).isEqualTo(404);
        assertThat(throughTheirs).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
    }
}

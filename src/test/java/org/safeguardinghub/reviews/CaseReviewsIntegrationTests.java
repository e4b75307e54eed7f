package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.infrastructure.TestDocuments;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Case review records against PostgreSQL: who sees them, every view audited, and bad input refused with nothing changed. */
@HubIntegrationTest
class CaseReviewsIntegrationTests {

    @Autowired
    IncidentNotifications notifications;
    @Autowired
    RapidReviews reviews;
    @Autowired
    InformationRequests requests;
    @Autowired
    CaseReviewDashboard dashboard;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Organisations organisations;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private long shropshire() {
        return partnerships.bySlug("shropshire").orElseThrow().getId();
    }

    private long organisation(String name) {
        return organisations.in(shropshire()).stream().filter(o -> o.organisation().getName().equals(name)).findFirst()
                .orElseThrow().organisation().getId();
    }

    private RapidReview newRapidReview() {
        var p = shropshire();
        var notification = notifications.notify(p, null, new ChildRecord("T-" + unique, "Child " + unique, AgeBand.AGED_5_TO_10),
                "Test incident", LocalDate.now().minusDays(6),
                new NotificationDates(LocalDate.now().minusDays(5), null, null), "test");
        return reviews.start(p, notification.getId());
    }

    @Test
    void onlyTheJointCaseReviewGroupTheBusinessUnitTheChairAndPartnersSeeCaseReviewsAndEveryViewIsAudited() throws Exception {
        var review = newRapidReview();
        var path = "/p/shropshire/case-reviews/rapid-reviews/" + review.getId();
        for (var outsider : new String[] {"read.only", "agency.rep"}) {
            assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername(outsider)))).andReturn().getResponse().getStatus())
                    .as(outsider).isEqualTo(403);
            assertThat(mvc.perform(get("/p/shropshire/case-reviews").with(user(users.loadUserByUsername(outsider))))
                    .andReturn().getResponse().getStatus()).as(outsider).isEqualTo(403);
        }
        for (var insider : new String[] {"member", "business.unit", "chair", "partner"}) {
            var response = mvc.perform(get(path).with(user(users.loadUserByUsername(insider)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(insider).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("Child " + unique);
        }
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'VIEWED' and record_type = 'RapidReview' and record_id = ?",
                String.class, String.valueOf(review.getId()))).containsExactlyInAnyOrder("member", "business.unit", "chair", "partner");
        var overview = mvc.perform(get("/p/shropshire").with(user(users.loadUserByUsername("member")))).andReturn().getResponse();
        assertThat(overview.getContentAsString()).contains("href=\"/p/shropshire/case-reviews\"");
        var readOnly = mvc.perform(get("/p/shropshire").with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse();
        assertThat(readOnly.getContentAsString()).doesNotContain("href=\"/p/shropshire/case-reviews\"");
    }

    @Test
    void datesOutOfOrderAreRefusedAndNothingIsSaved() throws Exception {
        var before = jdbc.queryForObject("select count(*) from incident_notification", Long.class);
        var response = mvc.perform(post("/p/shropshire/case-reviews/notifications/new").with(csrf())
                .with(user(users.loadUserByUsername("business.unit")))
                .param("caseReference", "X-" + unique).param("pseudonym", "Child X").param("ageBand", "AGED_11_TO_15")
                .param("incident", "Something happened")
                .param("becameAwareOn.day", "10").param("becameAwareOn.month", "3").param("becameAwareOn.year", "2026")
                .param("panelNotifiedOn.day", "9").param("panelNotifiedOn.month", "3").param("panelNotifiedOn.year", "2026"))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("There is a problem",
                "The date the national Panel was notified must be on or after the date the local authority became aware");
        assertThat(jdbc.queryForObject("select count(*) from incident_notification", Long.class)).isEqualTo(before);
    }

    @Test
    void aDecisionWithoutARecommendationAndADecisionNotToReviewWithoutScrutinyAreRefused() {
        var review = newRapidReview();
        var p = shropshire();
        assertThatThrownBy(() -> reviews.decide(p, review.getId(), review.getVersion(), ReviewRoute.LOCAL_PRACTICE_REVIEW, "Because"))
                .isInstanceOf(Refused.class).hasMessageContaining("There is no recommendation to decide on yet");
        assertThatThrownBy(() -> reviews.sendToPanel(p, review.getId(), review.getVersion(), LocalDate.now()))
                .isInstanceOf(Refused.class).hasMessageContaining("Record the partners' decision before sending");
        reviews.recommend(p, review.getId(), 0, ReviewRoute.NO_LOCAL_REVIEW, "Learning already known");
        assertThatThrownBy(() -> reviews.decide(p, review.getId(), 1, ReviewRoute.NO_LOCAL_REVIEW, "Agreed"))
                .isInstanceOf(Refused.class).hasMessageContaining("must first be scrutinised by the independent chair");
        reviews.scrutinise(p, review.getId(), 1, "The chair agrees the learning is known", "Margaret Ellison");
        reviews.decide(p, review.getId(), 2, ReviewRoute.NO_LOCAL_REVIEW, "Agreed");
        assertThat(reviews.find(p, review.getId()).orElseThrow().getDecision()).isEqualTo(ReviewRoute.NO_LOCAL_REVIEW);
    }

    @Test
    void anUploadThatIsNotARealDocumentIsRefusedAndAChaserNamesNoChild() throws Exception {
        var review = newRapidReview();
        var p = shropshire();
        var request = requests.request(p, review.getId(), organisation("West Mercia Police"), LocalDate.now().plusDays(3));
        var fake = new MockMultipartFile("chronology", "chronology.pdf", "application/pdf", "not a pdf".getBytes());
        mvc.perform(multipart("/p/shropshire/case-reviews/information-requests/" + request.getId()).file(fake).with(csrf())
                .with(user(users.loadUserByUsername("agency.rep"))).param("version", "0")
                .param("involvement", "Involved").param("analysis", "Analysis"));
        assertThat(requests.find(p, request.getId()).orElseThrow().getSubmittedOn()).isNull();
        assertThat(mvc.perform(get("/p/shropshire/case-reviews/information-requests/" + request.getId())
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getStatus()).isEqualTo(403);

        requests.chase(p, request.getId(), 0);
        var chasers = TestSmtp.receivedBy("gareth.lloyd@hub.example", s -> s.startsWith("Reminder: information for a rapid review"));
        assertThat(chasers).isNotEmpty();
        assertThat(chasers).allSatisfy(m -> assertThat(TestSmtp.body(m)).doesNotContain("Child ", "T-" + unique)
                .contains("/case-reviews/information-requests/"));

        var real = new MockMultipartFile("chronology", "chronology.pdf", "application/pdf", TestDocuments.pdf("Chronology"));
        mvc.perform(multipart("/p/shropshire/case-reviews/information-requests/" + request.getId()).file(real).with(csrf())
                .with(user(users.loadUserByUsername("agency.rep"))).param("version", "1")
                .param("involvement", "Involved").param("analysis", "Analysis"));
        var submitted = requests.find(p, request.getId()).orElseThrow();
        assertThat(submitted.getSubmittedOn()).isEqualTo(LocalDate.now());
        assertThat(submitted.getSubmittedBy()).isEqualTo("agency.rep");
        assertThatThrownBy(() -> requests.chase(p, request.getId(), submitted.getVersion())).isInstanceOf(Refused.class);
    }

    @Test
    void theDashboardShowsTheClocksInWorkingDaysWithTheChildByReferenceAndPseudonymOnly() throws Exception {
        var review = newRapidReview();
        var rows = dashboard.rows(shropshire(), "shropshire");
        var row = rows.stream().filter(r -> r.reference().equals(review.getReference())).findFirst().orElseThrow();
        assertThat(row.child()).isEqualTo("T-" + unique + " (Child " + unique + ")");
        assertThat(row.next().dueOn()).isEqualTo(reviews.due(review));
        var page = mvc.perform(get("/p/shropshire/case-reviews").with(user(users.loadUserByUsername("member"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Child " + unique, "Child G").doesNotContain("Test incident");
    }
}

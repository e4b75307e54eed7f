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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.calendar.BankHolidays;
import org.safeguardinghub.infrastructure.TestDocuments;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Local practice reviews and learning from elsewhere against PostgreSQL: the target date and
 * milestones, report versions, publication only after the report went to the Panel and the
 * Secretary of State, findings whose recommendations become owned actions, closing only once they
 * are closed, and nothing of it seen or counted by someone outside the joint case review group.
 */
@HubIntegrationTest
class PracticeReviewsIntegrationTests {

    @Autowired
    PracticeReviews practiceReviews;
    @Autowired
    IncidentNotifications notifications;
    @Autowired
    RapidReviews reviews;
    @Autowired
    LearningRegister learning;
    @Autowired
    ActionTracker tracker;
    @Autowired
    BankHolidays holidays;
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

    private CurrentUser businessUnit() {
        return new CurrentUser(-1, "business.unit", "Joanne Whitfield", false, null,
                List.of(new RoleAssignment(shropshire(), Role.BUSINESS_UNIT, null)));
    }

    private long organisation(String name) {
        return organisations.in(shropshire()).stream().filter(o -> o.organisation().getName().equals(name)).findFirst()
                .orElseThrow().organisation().getId();
    }

    private RapidReview decidedRapidReview(ReviewRoute route) {
        var p = shropshire();
        var notification = notifications.notify(p, null, new ChildRecord("PR-" + unique, "Child " + unique, AgeBand.AGED_1_TO_4),
                "Test incident", LocalDate.now().minusDays(6), new NotificationDates(LocalDate.now().minusDays(5), null, null),
                "test");
        var review = reviews.start(p, notification.getId());
        reviews.recommend(p, review.getId(), 0, route, "Reasons " + unique);
        reviews.scrutinise(p, review.getId(), 1, "Scrutinised", "Chair");
        reviews.decide(p, review.getId(), 2, route, "Decided");
        return review;
    }

    private PracticeReview localReview() {
        return practiceReviews.startLocal(shropshire(), decidedRapidReview(ReviewRoute.LOCAL_PRACTICE_REVIEW).getId());
    }

    private PracticeReview reload(PracticeReview review) {
        return practiceReviews.find(shropshire(), review.getId()).orElseThrow();
    }

    @Test
    void aLocalReviewStartsOnlyFromAPartnersDecisionWithItsTargetAndMilestones() throws Exception {
        var notToReview = decidedRapidReview(ReviewRoute.NO_LOCAL_REVIEW);
        var before = jdbc.queryForObject("select count(*) from practice_review", Long.class);
        assertThatThrownBy(() -> practiceReviews.startLocal(shropshire(), notToReview.getId()))
                .isInstanceOf(Refused.class).hasMessageContaining("have not decided to hold a local child safeguarding practice review");
        assertThat(jdbc.queryForObject("select count(*) from practice_review", Long.class)).isEqualTo(before);

        var review = localReview();
        assertThat(review.getTitle()).isEqualTo("Child " + unique);
        assertThat(review.getReportDueOn()).isEqualTo(LocalDate.now().plusMonths(6));
        var milestones = practiceReviews.milestones(review.getId());
        assertThat(milestones).hasSizeGreaterThan(3);
        assertThat(milestones.getLast().getName()).isEqualTo("Final report to the partners");
        assertThat(milestones.getLast().getDueOn()).isEqualTo(review.getReportDueOn());
        assertThat(practiceReviews.nextMilestone(review).orElseThrow().what()).isEqualTo(milestones.getFirst().getName());
        assertThatThrownBy(() -> practiceReviews.startLocal(shropshire(), review.getRapidReviewId()))
                .isInstanceOf(Refused.class).hasMessageContaining("already started");

        practiceReviews.completeMilestone(shropshire(), review.getId(), milestones.getFirst().getId(), 0, null);
        assertThat(practiceReviews.nextMilestone(review).orElseThrow().what()).isEqualTo(milestones.get(1).getName());

        var page = mvc.perform(get("/p/shropshire/case-reviews/practice-reviews/" + review.getId())
                .with(user(users.loadUserByUsername("business.unit")))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Move a milestone to a new date", "Upload report", "Record dates sent",
                "Add finding", "Close the review");

        var later = LocalDate.now().plusMonths(5);
        practiceReviews.rescheduleMilestone(shropshire(), review.getId(), milestones.get(1).getId(), later);
        assertThat(practiceReviews.milestones(review.getId())).filteredOn(m -> m.getId().equals(milestones.get(1).getId()))
                .singleElement().extracting(PracticeReviewMilestone::getDueOn).isEqualTo(later);
        assertThat(practiceReviews.nextMilestone(review).orElseThrow().what()).isEqualTo(milestones.get(2).getName());
        assertThat(reload(review).getReportDueOn()).as("the target stays as decided").isEqualTo(LocalDate.now().plusMonths(6));
        assertThatThrownBy(() -> practiceReviews.rescheduleMilestone(shropshire(), review.getId(), milestones.getFirst().getId(), later))
                .isInstanceOf(Refused.class).hasMessageContaining("is done");
    }

    @Test
    void publishingBeforeTheReportIsSentToThePanelIsRefusedAndChangesNothing() throws Exception {
        var review = localReview();
        var p = shropshire();
        jdbc.update("update practice_review set decided_on = ? where id = ?", LocalDate.now().minusMonths(5), review.getId());
        practiceReviews.decidePublication(p, review.getId(), 0, PublicationDecision.PUBLISH, "Anonymised; family agree");

        assertThatThrownBy(() -> practiceReviews.publish(p, review.getId(), 1, LocalDate.now(), "https://example.org/child"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("You cannot record publishing before the report is sent to the national Panel and the Secretary of State");
        assertThatThrownBy(() -> practiceReviews.recordSent(p, review.getId(), 1, LocalDate.now().minusDays(20), null))
                .isInstanceOf(Refused.class).hasMessageContaining("Upload the final report before");

        practiceReviews.uploadReport(p, review.getId(), false, UploadedDocument.check("draft.pdf", TestDocuments.pdf("Draft")), "test");
        practiceReviews.uploadReport(p, review.getId(), true, UploadedDocument.check("final.docx", TestDocuments.docx("Final")), "test");
        assertThat(practiceReviews.reports(review.getId())).extracting(PracticeReviewReport::getNumber, PracticeReviewReport::isFinalReport)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));

        var sent = LocalDate.now().minusDays(3);
        practiceReviews.recordSent(p, review.getId(), 1, sent, sent);
        var earliest = holidays.workingDays().plus(sent, practiceReviews.noticeDays());
        assertThat(practiceReviews.earliestPublication(reload(review))).isEqualTo(earliest);
        assertThatThrownBy(() -> practiceReviews.publish(p, review.getId(), 2, LocalDate.now(), "https://example.org/child"))
                .isInstanceOf(Refused.class).hasMessageContaining("The report can be published from")
                .hasMessageContaining(practiceReviews.noticeDays() + " working days");
        assertThat(reload(review).getPublishedOn()).isNull();

        var longAgo = LocalDate.now().minusDays(30);
        jdbc.update("update practice_review set sent_to_panel_on = ?, sent_to_secretary_of_state_on = ? where id = ?",
                longAgo, longAgo, review.getId());
        assertThatThrownBy(() -> practiceReviews.publish(p, review.getId(), 2, LocalDate.now(), "javascript:alert(1)"))
                .isInstanceOf(Refused.class).hasMessageContaining("Enter a web address starting https://");
        var subscriber = "reader." + unique + "@example.org";
        jdbc.update("insert into learning_subscriber (partnership_id, email, confirmed_at, created_at) values (?, ?, now(), now())",
                p, subscriber);
        practiceReviews.publish(p, review.getId(), 2, LocalDate.now(), "https://example.org/reviews/child");
        var announced = org.safeguardinghub.TestSmtp.receivedBy(subscriber, s -> s.contains("child safeguarding practice review report"));
        assertThat(announced).hasSize(1);
        assertThat(org.safeguardinghub.TestSmtp.body(announced.getFirst())).contains("https://example.org/reviews/child")
                .doesNotContain("PR-" + unique);
        var publicPage = mvc.perform(get("/public/shropshire/reviews")).andReturn().getResponse();
        assertThat(publicPage.getStatus()).isEqualTo(200);
        assertThat(publicPage.getContentAsString()).contains("Child " + unique, "https://example.org/reviews/child")
                .doesNotContain("PR-" + unique, "Reasons " + unique);
        assertThat(reload(review).getPublishedOn()).isEqualTo(LocalDate.now());
        assertThat(reload(review).getPublicationUrl()).isEqualTo("https://example.org/reviews/child");
    }

    @Test
    void anUploadThatIsNotARealDocumentIsRefusedAndNoVersionIsKept() throws Exception {
        var review = localReview();
        var fake = new MockMultipartFile("report", "report.pdf", "application/pdf", "not a pdf".getBytes());
        mvc.perform(multipart("/p/shropshire/case-reviews/practice-reviews/" + review.getId() + "/reports").file(fake)
                .param("finalReport", "true").with(csrf()).with(user(users.loadUserByUsername("business.unit"))));
        assertThat(practiceReviews.reports(review.getId())).isEmpty();
        var real = new MockMultipartFile("report", "report.pdf", "application/pdf", TestDocuments.pdf("Draft report"));
        mvc.perform(multipart("/p/shropshire/case-reviews/practice-reviews/" + review.getId() + "/reports").file(real)
                .with(csrf()).with(user(users.loadUserByUsername("business.unit"))));
        var reports = practiceReviews.reports(review.getId());
        assertThat(reports).hasSize(1);
        var download = mvc.perform(get("/p/shropshire/case-reviews/practice-reviews/" + review.getId() + "/reports/" + reports.getFirst().getId())
                .with(user(users.loadUserByUsername("member")))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(mvc.perform(get("/p/shropshire/case-reviews/practice-reviews/" + review.getId() + "/reports/" + reports.getFirst().getId())
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aReviewClosesOnlyWhenEveryActionForItsRecommendationsIsClosed() {
        var p = shropshire();
        var unit = businessUnit();
        var review = practiceReviews.recordFromElsewhere(p, ReviewKind.SAFEGUARDING_ADULT_REVIEW, "Adult " + unique,
                "Shropshire Safeguarding Adults Board", null, LocalDate.now().minusMonths(2), "https://example.org/sar");
        var themes = learning.themes(p).stream().filter(t -> t.getName().equals("Transition to adulthood")).map(t -> t.getId())
                .collect(java.util.stream.Collectors.toSet());
        var finding = practiceReviews.addFinding(p, review.getId(), "Support stopped abruptly at eighteen " + unique,
                "Agencies plan transition from age sixteen", themes, "test");
        assertThat(finding.isConfidential()).isFalse();
        assertThat(finding.getSourceId()).isEqualTo(review.getId());

        assertThatThrownBy(() -> practiceReviews.close(p, review.getId(), 0, "test"))
                .isInstanceOf(Refused.class).hasMessageContaining("has no action on the tracker yet");
        assertThatThrownBy(() -> practiceReviews.raiseAction(unit, p, review.getId(), finding.getId(), "Write a transitions protocol", null, null))
                .isInstanceOf(Refused.class).hasMessageContaining("Select the organisation that owns the action");
        assertThatThrownBy(() -> learning.raiseAction(unit, p, finding.getId(), "Owned by a person only", Set.of(), Set.of(), false, null))
                .hasMessageContaining("every action for a recommendation has an owner organisation");

        practiceReviews.raiseAction(unit, p, review.getId(), finding.getId(), "Write a transitions protocol " + unique,
                organisation("Shropshire Council"), LocalDate.now().plusMonths(2));
        var rows = practiceReviews.findings(unit, review);
        assertThat(rows).hasSize(1);
        var action = rows.getFirst().actions().getFirst().action();
        assertThat(rows.getFirst().actions().getFirst().owners()).contains("Shropshire Council");

        assertThatThrownBy(() -> practiceReviews.close(p, review.getId(), 0, "test"))
                .isInstanceOf(Refused.class).hasMessageContaining("while 1 of its actions is open");
        assertThat(reload(review).isOpen()).isTrue();

        tracker.close(unit, p, action.getId(), action.getVersion(), "Protocol agreed; audit shows plans start at sixteen");
        practiceReviews.close(p, review.getId(), 0, "business.unit");
        assertThat(reload(review).getClosedOn()).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> practiceReviews.addFinding(p, review.getId(), "Late", null, Set.of(), "test"))
                .isInstanceOf(Refused.class).hasMessageContaining("closed");
    }

    @Test
    void someoneOutsideTheJointCaseReviewGroupCannotSeeALocalReviewOrLearnOfItThroughSearchListsOrCounts() throws Exception {
        var p = shropshire();
        var review = localReview();
        assertThatThrownBy(() -> practiceReviews.addFinding(p, review.getId(), "Agencies missed PR-" + unique + "'s absence", null,
                Set.of(), "test")).isInstanceOf(Refused.class).hasMessageContaining("Take out the case reference");
        var word = "zq" + unique.replaceAll("[^a-z]", "x") + "word";
        var theme = learning.addTheme(p, "Theme " + unique, null);
        var finding = practiceReviews.addFinding(p, review.getId(), "Finding about " + word, "Recommendation about " + word,
                Set.of(theme.getId()), "test");
        practiceReviews.raiseAction(businessUnit(), p, review.getId(), finding.getId(), "Action about " + word,
                organisation("Shropshire Council"), null);
        assertThat(finding.isConfidential()).isTrue();

        var path = "/p/shropshire/case-reviews/practice-reviews/" + review.getId();
        assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername("agency.rep")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        for (var page : List.of("/p/shropshire/search?q=" + word, "/p/shropshire/learning", "/p/shropshire/learning/themes",
                "/p/shropshire/actions", "/p/shropshire")) {
            var html = mvc.perform(get(page).with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).as(page).doesNotContain("about " + word, "Child " + unique, review.getReference());
        }
        assertThat(learning.themeSummaries(readOnly(), p).stream().filter(s -> s.theme().getId().equals(theme.getId()))
                .findFirst().orElseThrow().findings()).isZero();

        var search = mvc.perform(get("/p/shropshire/search?q=" + word).with(user(users.loadUserByUsername("business.unit"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(search).as("the business unit finds the action the outsider could not").contains("about <mark>" + word);
        var member = mvc.perform(get(path).with(user(users.loadUserByUsername("member")))).andReturn().getResponse();
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentAsString()).contains(word, "Child " + unique);
        assertThat(learning.themeSummaries(businessUnit(), p).stream().filter(s -> s.theme().getId().equals(theme.getId()))
                .findFirst().orElseThrow().findings()).isEqualTo(1);
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'VIEWED' and record_type = 'PracticeReview' and record_id = ?",
                String.class, String.valueOf(review.getId()))).containsExactly("member");
    }

    private CurrentUser readOnly() {
        return new CurrentUser(-1, "read.only", "Read only", false, null,
                List.of(new RoleAssignment(shropshire(), Role.READ_ONLY, null)));
    }
}

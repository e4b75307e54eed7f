package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Text that looks like it identifies a child is refused in each area that takes free text about
 * cases (a referral, a finding, an action and its updates, a briefing), with the text kept on the
 * page; confirmed with a reason, it is saved and the reason is in the audit trail without the
 * details themselves.
 */
@HubIntegrationTest
class IdentifyingDetailsIntegrationTests {

    private static final String NHS_NUMBER = "943 476 5919";
    private static final String MESSAGE = "This looks like an NHS number (943 476 5919). Remove it, or confirm why it is needed";
    private static final String REASON = "The health visitor must match the records";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    String unique;

    @BeforeEach
    void unique() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private String text() {
        return "Seen at clinic " + unique + ", NHS number " + NHS_NUMBER;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, boolean confirmed) throws Exception {
        request.with(csrf()).with(user(users.loadUserByUsername("business.unit")));
        if (confirmed) {
            request.param("keepIdentifyingDetails", "true").param("identifyingDetailsReason", REASON);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, "%" + unique + "%");
    }

    private void refusedWithTheTextKept(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        var page = response.getContentAsString();
        assertThat(page).contains("There is a problem", MESSAGE, text(), "I need to keep these details",
                "Why these details are needed");
    }

    private void keptWithTheReasonAudited(MockHttpServletResponse response, String recordType) {
        assertThat(response.getStatus()).isEqualTo(302);
        var summaries = jdbc.queryForList("""
                select summary from audit_event where action = 'IDENTIFYING_DETAILS_KEPT' and record_type = ?
                order by id desc limit 1""", String.class, recordType);
        assertThat(summaries).singleElement().satisfies(summary -> assertThat(summary)
                .contains("an NHS number", REASON).doesNotContain(NHS_NUMBER));
    }

    @Test
    void aReferralWithAnNhsNumberIsRefusedUntilConfirmedWithAReason() throws Exception {
        Supplier<MockHttpServletRequestBuilder> refer = () -> post("/p/shropshire/case-reviews/refer")
                .param("caseReference", "CR-" + unique).param("pseudonym", "Child Q").param("ageBand", "AGED_5_TO_10")
                .param("whatHappened", text()).param("agenciesInvolved", "Health, police")
                .param("suggestedRoute", "LEARNING_REVIEW").param("whyCriteria", "Several agencies missed the signs");

        refusedWithTheTextKept(send(refer.get(), false));
        assertThat(count("select count(*) from case_referral where what_happened like ?")).isZero();

        keptWithTheReasonAudited(send(refer.get(), true), "CaseReferral");
        assertThat(count("select count(*) from case_referral where what_happened like ?")).isOne();
    }

    @Test
    void aConfirmationWithoutAReasonIsRefused() throws Exception {
        var response = send(post("/p/shropshire/learning/briefings/new").param("title", "Briefing " + unique)
                .param("background", text()).param("keepIdentifyingDetails", "true"), false);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Enter why these details are needed").doesNotContain(MESSAGE);
        assertThat(count("select count(*) from learning_briefing where title like ?")).isZero();
    }

    @Test
    void aFindingWithAnNhsNumberIsRefusedUntilConfirmedWithAReason() throws Exception {
        Supplier<MockHttpServletRequestBuilder> record = () -> post("/p/shropshire/learning/findings/new")
                .param("sourceType", "AUDIT").param("sourceReference", "Audit " + unique).param("sourceDate.day", "3")
                .param("sourceDate.month", "2").param("sourceDate.year", "2025").param("finding", text());

        refusedWithTheTextKept(send(record.get(), false));
        assertThat(count("select count(*) from learning_finding where finding like ?")).isZero();

        keptWithTheReasonAudited(send(record.get(), true), "LearningFinding");
        assertThat(count("select count(*) from learning_finding where finding like ?")).isOne();
    }

    @Test
    void anActionAndItsUpdatesWithAnNhsNumberAreRefusedUntilConfirmedWithAReason() throws Exception {
        Supplier<MockHttpServletRequestBuilder> raise = () -> post("/p/shropshire/actions/new")
                .param("description", text()).param("allPartners", "true");

        refusedWithTheTextKept(send(raise.get(), false));
        assertThat(count("select count(*) from action where description like ?")).isZero();

        keptWithTheReasonAudited(send(raise.get(), true), "Action");
        var action = jdbc.queryForObject("select id from action where description like ?", Long.class, "%" + unique + "%");
        var version = jdbc.queryForObject("select version from action where id = ?", Integer.class, action);
        Supplier<MockHttpServletRequestBuilder> update = () -> post(
                "/p/shropshire/actions/" + action + "/updates").param("note", text()).param("status", "IN_PROGRESS")
                .param("version", String.valueOf(version));

        refusedWithTheTextKept(send(update.get(), false));
        assertThat(count("select count(*) from action_update where note like ?")).isZero();

        keptWithTheReasonAudited(send(update.get(), true), "Action");
        assertThat(count("select count(*) from action_update where note like ?")).isOne();
    }

    @Test
    void aBriefingWithAnNhsNumberIsRefusedUntilConfirmedWithAReason() throws Exception {
        Supplier<MockHttpServletRequestBuilder> write = () -> post("/p/shropshire/learning/briefings/new")
                .param("title", "Briefing " + unique).param("learning", text());

        refusedWithTheTextKept(send(write.get(), false));
        assertThat(count("select count(*) from learning_briefing where title like ?")).isZero();

        keptWithTheReasonAudited(send(write.get(), true), "LearningBriefing");
        assertThat(count("select count(*) from learning_briefing where title like ?")).isOne();
    }

    @Test
    void aPracticeReviewFindingWithAnNhsNumberComesBackToThePageUntilConfirmedWithAReason() throws Exception {
        var review = jdbc.queryForObject("""
                select id from practice_review where partnership_id = (select id from partnership where slug = 'shropshire')
                and kind = 'LOCAL_PRACTICE_REVIEW' and closed_on is null and published_on is null order by id limit 1""", Long.class);
        var page = "/p/shropshire/case-reviews/practice-reviews/" + review;
        Supplier<MockHttpServletRequestBuilder> add = () -> post(page + "/findings").param("finding", text());

        var refused = mvc.perform(add.get().with(csrf()).with(user(users.loadUserByUsername("business.unit")))).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).startsWith(page);
        assertThat((java.util.Map<String, Object>) refused.getFlashMap()).containsEntry("refusal", MESSAGE).containsEntry("refusalField", "finding");
        assertThat(count("select count(*) from learning_finding where finding like ?")).isZero();
        var shown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
                .flashAttrs(refused.getFlashMap()).with(user(users.loadUserByUsername("business.unit"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(MESSAGE, text(), "I need to keep these details", "Why these details are needed");

        keptWithTheReasonAudited(send(add.get(), true), "PracticeReview");
        assertThat(count("select count(*) from learning_finding where finding like ?")).isOne();
    }

    @Test
    void ordinaryTextWithMeetingAndDueDatesIsSavedWithoutAsking() throws Exception {
        var response = send(post("/p/shropshire/actions/new").param("allPartners", "true").param("description",
                "Agreed at the meeting on 12/03/2026 " + unique + ": report the audit of 30 cases by 30 June 2026"), false);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from action where description like ?")).isOne();
    }
}

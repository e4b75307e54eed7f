package org.safeguardinghub.infrastructure;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Every route the Hub serves, with the rule that lets someone use it. A route not listed here is
 * refused to everyone ({@code AccessRulesTests} proves every controller route is listed).
 */
public final class AccessRules {

    public enum Rule {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Anyone signed in. */
        SIGNED_IN,
        /**
         * Anyone who has given their password, even if the second factor is still to come: the
         * two-factor pages and signing out. Every other rule refuses a sign-in still waiting for it.
         */
        PASSWORD_GIVEN,
        /** Anyone with a role in the partnership named in the URL. */
        PARTNERSHIP_MEMBER,
        /** The partnership's business unit, chairs and independent scrutineers: who sees the record's history. */
        OVERSIGHT,
        /** The partnership's business unit, who keep its records. */
        BUSINESS_UNIT,
        /**
         * Whoever must answer for the action in the URL: its named owners, agency representatives of
         * its owning organisations (any organisation, for "all partners"), the business unit and chairs.
         */
        ACTION_RESPONDER,
        /** The person named as owner of the business plan activity in the URL, and the business unit. */
        ACTIVITY_OWNER,
        /**
         * Who may see the partnership's case review records: the business unit, chairs (the independent
         * chair and scrutineers), lead and delegated partners, and the current members of its joint case
         * review group ({@code CaseReviewAccess.mayRead}).
         */
        CASE_REVIEW_READER,
        /** Anyone with a role in the partnership except read only: who may refer a case for consideration. */
        CASE_REFERRER,
        /** The agency representatives of the organisation the information request in the URL is to, and the business unit. */
        INFORMATION_PROVIDER,
        /** System administrators: accounts, the whole audit trail, the outbox. */
        SYSTEM_ADMINISTRATOR
    }

    public record Route(HttpMethod method, String pattern, Rule rule) {
    }

    private static final String P = "/p/{partnership}";

    public static final List<Route> ROUTES = List.of(
            route(GET, "/sign-in", Rule.PUBLIC),
            route(POST, "/sign-in", Rule.PUBLIC),
            route(GET, "/password-reset", Rule.PUBLIC),
            route(POST, "/password-reset", Rule.PUBLIC),
            route(GET, "/password-reset/{token}", Rule.PUBLIC),
            route(POST, "/password-reset/{token}", Rule.PUBLIC),
            route(GET, "/accessibility", Rule.PUBLIC),
            route(GET, "/public/{partnership}/briefings", Rule.PUBLIC),
            route(GET, "/public/{partnership}/briefings/{briefing}", Rule.PUBLIC),
            route(GET, "/public/{partnership}/briefings/{briefing}/briefing.pdf", Rule.PUBLIC),
            route(GET, "/public/{partnership}/reviews", Rule.PUBLIC),
            route(GET, "/public/{partnership}/subscribe", Rule.PUBLIC),
            route(POST, "/public/{partnership}/subscribe", Rule.PUBLIC),
            route(GET, "/briefing-confirmations/{token}", Rule.PUBLIC),
            route(POST, "/briefing-confirmations/{token}", Rule.PUBLIC),
            route(GET, "/subscriptions/confirm/{token}", Rule.PUBLIC),
            route(POST, "/subscriptions/confirm/{token}", Rule.PUBLIC),
            route(GET, "/subscriptions/leave/{token}", Rule.PUBLIC),
            route(POST, "/subscriptions/leave/{token}", Rule.PUBLIC),

            route(GET, "/", Rule.SIGNED_IN),
            route(GET, "/partnerships", Rule.SIGNED_IN),
            route(GET, "/partnerships/switch", Rule.SIGNED_IN),
            route(POST, "/sign-out", Rule.PASSWORD_GIVEN),
            route(GET, "/two-factor", Rule.PASSWORD_GIVEN),
            route(POST, "/two-factor", Rule.PASSWORD_GIVEN),
            route(GET, "/two-factor/recovery", Rule.PASSWORD_GIVEN),
            route(POST, "/two-factor/recovery", Rule.PASSWORD_GIVEN),
            route(GET, "/two-factor/set-up", Rule.PASSWORD_GIVEN),
            route(POST, "/two-factor/set-up", Rule.PASSWORD_GIVEN),
            route(GET, "/two-factor/recovery-codes", Rule.SIGNED_IN),
            route(GET, "/account/two-factor", Rule.SIGNED_IN),
            route(POST, "/account/two-factor/recovery-codes", Rule.SIGNED_IN),
            route(POST, "/account/two-factor/turn-off", Rule.SIGNED_IN),

            route(GET, "/admin/accounts", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/accounts/new", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/accounts/new", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/accounts/{account}", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/accounts/{account}/roles", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/accounts/{account}/roles/{role}/remove", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/accounts/{account}/unlock", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/accounts/{account}/two-factor/reset", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/shared-records", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/organisations/{organisation}", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/organisations/{organisation}", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/people/{person}", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/people/{person}", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/audit", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/outbox", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/outbox/{message}", Rule.SYSTEM_ADMINISTRATOR),
            route(GET, "/admin/bank-holidays", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/bank-holidays", Rule.SYSTEM_ADMINISTRATOR),
            route(POST, "/admin/bank-holidays/{holiday}/remove", Rule.SYSTEM_ADMINISTRATOR),

            route(GET, P, Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/structure", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/search", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/groups/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/groups/{group}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/groups/{group}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/groups/{group}/history", Rule.OVERSIGHT),
            route(GET, P + "/groups/{group}/responses", Rule.OVERSIGHT),
            route(GET, P + "/groups/{group}/members/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/members/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/groups/{group}/terms-of-reference/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/terms-of-reference/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/groups/{group}/terms-of-reference/{version}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/groups/{group}/meetings/import", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/meetings/import", Rule.BUSINESS_UNIT),
            route(GET, P + "/groups/{group}/meetings/import/{import}", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/meetings/import/{import}", Rule.BUSINESS_UNIT),
            route(GET, P + "/memberships/{membership}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/memberships/{membership}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/memberships/{membership}/history", Rule.OVERSIGHT),
            route(GET, P + "/organisations", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/organisations/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/organisations/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/organisations/{organisation}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/organisations/{organisation}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/organisations/{organisation}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/organisations/{organisation}/history", Rule.OVERSIGHT),
            route(GET, P + "/people", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/people/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/people/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/people/{person}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/people/{person}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/people/{person}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/people/{person}/history", Rule.OVERSIGHT),

            route(GET, P + "/meetings", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/groups/{group}/meetings", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/groups/{group}/meetings/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/meetings/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/groups/{group}/quorum", Rule.BUSINESS_UNIT),
            route(POST, P + "/groups/{group}/quorum", Rule.BUSINESS_UNIT),
            route(GET, P + "/meetings/{meeting}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/meetings/{meeting}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/meetings/{meeting}/history", Rule.OVERSIGHT),
            route(GET, P + "/meetings/{meeting}/calendar.ics", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/meetings/{meeting}/invitations", Rule.BUSINESS_UNIT),
            route(GET, P + "/meetings/{meeting}/items/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/meetings/{meeting}/items/{item}", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/meetings/{meeting}/items/{item}/papers", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/{item}/notes", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/{item}/decisions", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/{item}/actions", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/{item}/matters", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/{item}/answers/{escalation}", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/items/{item}/amendments", Rule.BUSINESS_UNIT),
            route(GET, P + "/meetings/{meeting}/papers/{paper}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/meetings/{meeting}/attendance", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/attendance", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/attendees", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/conflicts", Rule.BUSINESS_UNIT),
            route(GET, P + "/meetings/{meeting}/minutes", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/meetings/{meeting}/difference", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/circulate", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/approve-previous", Rule.BUSINESS_UNIT),
            route(POST, P + "/meetings/{meeting}/publish", Rule.BUSINESS_UNIT),

            route(GET, P + "/actions", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/actions/export.csv", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/actions/export.xlsx", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/actions/responsiveness", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/actions/new", Rule.OVERSIGHT),
            route(POST, P + "/actions/new", Rule.OVERSIGHT),
            route(GET, P + "/actions/{action}", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/actions/{action}/updates", Rule.ACTION_RESPONDER),
            route(POST, P + "/actions/{action}/close", Rule.OVERSIGHT),
            route(POST, P + "/actions/{action}/reopen", Rule.OVERSIGHT),
            route(POST, P + "/actions/{action}/chase", Rule.OVERSIGHT),
            route(GET, P + "/actions/{action}/history", Rule.OVERSIGHT),

            route(GET, P + "/learning", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/learning/themes", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/learning/themes/vocabulary", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/themes/vocabulary", Rule.BUSINESS_UNIT),
            route(GET, P + "/learning/themes/{theme}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/themes/{theme}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/learning/findings/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/findings/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/learning/findings/{learningFinding}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/learning/findings/{learningFinding}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/findings/{learningFinding}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/findings/{learningFinding}/actions", Rule.BUSINESS_UNIT),
            route(GET, P + "/learning/findings/{learningFinding}/history", Rule.OVERSIGHT),
            route(GET, P + "/learning/briefings/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/briefings/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/learning/briefings/{briefing}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/learning/briefings/{briefing}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/briefings/{briefing}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/briefings/{briefing}/publish", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/briefings/{briefing}/chase", Rule.BUSINESS_UNIT),
            route(POST, P + "/learning/briefings/{briefing}/confirmations", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/case-reviews", Rule.CASE_REVIEW_READER),
            route(GET, P + "/case-reviews/settings", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/settings", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/refer", Rule.CASE_REFERRER),
            route(POST, P + "/case-reviews/refer", Rule.CASE_REFERRER),
            route(GET, P + "/case-reviews/referrals/{referral}", Rule.CASE_REVIEW_READER),
            route(POST, P + "/case-reviews/referrals/{referral}/triage", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/notifications/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/notifications/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/notifications/{notification}", Rule.CASE_REVIEW_READER),
            route(POST, P + "/case-reviews/notifications/{notification}/dates", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/notifications/{notification}/rapid-review", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/rapid-reviews/{rapidReview}", Rule.CASE_REVIEW_READER),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/requests", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/meeting", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/actions", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/recommendation", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/scrutiny", Rule.OVERSIGHT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/decision", Rule.OVERSIGHT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/panel", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/panel-response", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/information-requests/{informationRequest}", Rule.INFORMATION_PROVIDER),
            route(POST, P + "/case-reviews/information-requests/{informationRequest}", Rule.INFORMATION_PROVIDER),
            route(POST, P + "/case-reviews/information-requests/{informationRequest}/chase", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/information-requests/{informationRequest}/chronology", Rule.CASE_REVIEW_READER),
            route(POST, P + "/case-reviews/rapid-reviews/{rapidReview}/practice-review", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/practice-reviews/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/practice-reviews/{practiceReview}", Rule.CASE_REVIEW_READER),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/details", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/milestones", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/milestones/{milestone}/done", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/milestones/date", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/reports", Rule.BUSINESS_UNIT),
            route(GET, P + "/case-reviews/practice-reviews/{practiceReview}/reports/{report}", Rule.CASE_REVIEW_READER),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/publication-decision", Rule.OVERSIGHT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/sent", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/publication", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/findings", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/findings/{learningFinding}/actions", Rule.BUSINESS_UNIT),
            route(POST, P + "/case-reviews/practice-reviews/{practiceReview}/close", Rule.BUSINESS_UNIT),

            route(GET, P + "/plans", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/plans/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/plans/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/plans/{plan}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/plans/{plan}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/plans/{plan}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/plans/{plan}/history", Rule.OVERSIGHT),
            route(GET, P + "/plans/{plan}/on-a-page", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/plans/{plan}/on-a-page.pdf", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/plans/{plan}/on-a-page.xlsx", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/plans/{plan}/priorities/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/plans/{plan}/priorities/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/plans/{plan}/business-plans", Rule.BUSINESS_UNIT),
            route(GET, P + "/priorities/{priority}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/priorities/{priority}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/priorities/{priority}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/business-plans/{businessPlan}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/business-plans/{businessPlan}/review", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/business-plans/{businessPlan}/review/{update}", Rule.OVERSIGHT),
            route(GET, P + "/business-plans/{businessPlan}/activities/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/business-plans/{businessPlan}/activities/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/activities/{activity}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/activities/{activity}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/activities/{activity}/edit", Rule.BUSINESS_UNIT),
            route(GET, P + "/activities/{activity}/progress", Rule.ACTIVITY_OWNER),
            route(POST, P + "/activities/{activity}/progress", Rule.ACTIVITY_OWNER),
            route(GET, P + "/activities/{activity}/history", Rule.OVERSIGHT),

            route(GET, P + "/risks", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/risks/heat-map", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/risks/export.pdf", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/risks/export.xlsx", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/risks/scales", Rule.BUSINESS_UNIT),
            route(POST, P + "/risks/scales", Rule.BUSINESS_UNIT),
            route(GET, P + "/risks/new", Rule.BUSINESS_UNIT),
            route(POST, P + "/risks/new", Rule.BUSINESS_UNIT),
            route(GET, P + "/risks/{risk}", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/risks/{risk}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/risks/{risk}/edit", Rule.BUSINESS_UNIT),
            route(POST, P + "/risks/{risk}/escalate", Rule.BUSINESS_UNIT),
            route(POST, P + "/risks/{risk}/actions", Rule.BUSINESS_UNIT),
            route(GET, P + "/risks/{risk}/history", Rule.OVERSIGHT),

            route(GET, P + "/challenges", Rule.PARTNERSHIP_MEMBER),
            route(GET, P + "/challenges/new", Rule.OVERSIGHT),
            route(POST, P + "/challenges/new", Rule.OVERSIGHT),
            route(GET, P + "/challenges/{challenge}", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/challenges/{challenge}/response", Rule.OVERSIGHT),
            route(POST, P + "/challenges/{challenge}/escalate", Rule.OVERSIGHT),
            route(POST, P + "/challenges/{challenge}/outcome", Rule.OVERSIGHT),
            route(GET, P + "/challenges/{challenge}/history", Rule.OVERSIGHT),
            route(GET, P + "/scrutiny", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/scrutiny/lines", Rule.OVERSIGHT),
            route(POST, P + "/scrutiny/activities", Rule.OVERSIGHT),
            route(GET, P + "/scrutiny/activities/{scrutinyActivity}", Rule.PARTNERSHIP_MEMBER),
            route(POST, P + "/scrutiny/activities/{scrutinyActivity}/findings", Rule.OVERSIGHT),
            route(POST, P + "/scrutiny/findings/{finding}/response", Rule.OVERSIGHT),
            route(POST, P + "/scrutiny/findings/{finding}/actions", Rule.OVERSIGHT));

    private AccessRules() {
    }

    private static Route route(HttpMethod method, String pattern, Rule rule) {
        return new Route(method, pattern, rule);
    }
}

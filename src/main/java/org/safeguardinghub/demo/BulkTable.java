package org.safeguardinghub.demo;

import java.util.List;
import java.util.Locale;

/**
 * The tables the synthetic data generators fill, each with the one list of columns that every
 * insert into it writes, in the order a row gives its values. A generator that wants another
 * column adds it here, and then every generator writing that table must give it: a row of the
 * wrong length is refused, so two inserts into one table cannot drift apart. The columns' types
 * are read from the schema ({@link TableWriter}). The tables are listed parents before children,
 * the order {@link BulkRows} inserts them in, so each statement's foreign keys hold.
 */
enum BulkTable {

    PARTNERSHIP("id, slug, name, area"),
    ORGANISATION("id, name, type, website"),
    PARTNERSHIP_ORGANISATION("id, partnership_id, organisation_id, joined_on, left_on"),
    PERSON("id, given_name, family_name, email, job_title"),
    PARTNERSHIP_PERSON("partnership_id, person_id"),
    PARTNERSHIP_GROUP("id, partnership_id, parent_id, name, kind, purpose, meeting_frequency, confidential, ends_on"),
    MEMBERSHIP("id, partnership_id, group_id, person_id, organisation_id, role, deputy_id, starts_on, ends_on"),
    USER_ACCOUNT("id, username, email, display_name, password_hash"),
    ROLE_ASSIGNMENT("account_id, partnership_id, role"),
    TWO_FACTOR("account_id, secret, enabled_at"),

    MEETING("id, partnership_id, group_id, held_on, starts_at, ends_at, location, online_link, minutes_status, "
            + "confidentiality_agreed, circulated_on"),
    AGENDA_ITEM("id, partnership_id, meeting_id, position, title, kind, presenter, confidential, notes"),
    DECISION("partnership_id, meeting_id, agenda_item_id, text, recorded_by"),
    ATTENDANCE("partnership_id, meeting_id, person_id, organisation_id, status, deputy_person_id, member"),
    ESCALATION("partnership_id, from_group_id, to_group_id, raised_at_item_id, matter, raised_on, answered_at_item_id, "
            + "response, answered_on"),

    STRATEGIC_PLAN("id, partnership_id, title, starts_year, ends_year, vision, core_business"),
    PLAN_PRIORITY("id, partnership_id, plan_id, position, title, objective, how_we_will, success_statements, shared_with"),
    SUCCESS_MEASURE("partnership_id, priority_id, position, description"),
    BUSINESS_PLAN("id, partnership_id, strategic_plan_id, starts_year"),
    PLAN_ACTIVITY("id, partnership_id, business_plan_id, priority_id, description, owner_group_id, owner_person_id, due_on"),
    PROGRESS_UPDATE("partnership_id, activity_id, quarter, rag, narrative, evidence, written_by, written_at, reviewed_by, "
            + "reviewed_at, review_comment"),
    RISK("id, partnership_id, group_id, title, cause, consequence, priority_id, owner_person_id, controls, "
            + "inherent_likelihood, inherent_impact, current_likelihood, current_impact, target_likelihood, target_impact, "
            + "target_reason, appetite, review_on, escalated_to_group_id, escalated_on, escalation_reason, closed_on"),
    RISK_RATING("partnership_id, risk_id, rated_on, rated_by, inherent_likelihood, inherent_impact, current_likelihood, "
            + "current_impact, target_likelihood, target_impact, reason"),
    CHALLENGE("id, partnership_id, raised_by, to_organisation_id, to_group_id, raised_on, theme, question, stage, "
            + "response_due_on, response, response_received_on, outcome, impact, closed_on"),
    CHALLENGE_STEP("partnership_id, challenge_id, happened_on, what, written_by"),

    CASE_REVIEW_SETTING("partnership_id, review_group_id"),
    CASE_REFERRAL("id, partnership_id, referred_on, referred_by, case_reference, pseudonym, age_band, what_happened, "
            + "agencies_involved, why_criteria, suggested_route, outcome, outcome_reasons, triaged_on, triaged_by"),
    INCIDENT_NOTIFICATION("id, partnership_id, referral_id, case_reference, pseudonym, age_band, incident, became_aware_on, "
            + "panel_notified_on, ofsted_informed_on, partners_told_on, recorded_by"),
    RAPID_REVIEW("id, partnership_id, notification_id, started_on, recommendation, recommendation_reasons, recommended_on, "
            + "scrutiny, scrutinised_on, scrutinised_by, decision, decision_reasons, decided_on, sent_to_panel_on, "
            + "panel_response, panel_responded_on"),
    INFORMATION_REQUEST("partnership_id, rapid_review_id, organisation_id, requested_on, due_on, involvement, analysis, "
            + "learning, chronology_name, chronology_type, chronology, submitted_on, submitted_by, last_chased_on, times_chased"),
    PRACTICE_REVIEW("id, partnership_id, kind, rapid_review_id, title, source, summary, decided_on, report_due_on, "
            + "terms_of_reference, reviewer, review_panel, family_involvement, publication_decision, publication_reasons, "
            + "sent_to_panel_on, sent_to_secretary_of_state_on, published_on, publication_url, closed_on, closed_by"),
    PRACTICE_REVIEW_MILESTONE("partnership_id, practice_review_id, name, due_on, completed_on"),
    PRACTICE_REVIEW_REPORT("partnership_id, practice_review_id, number, final, file_name, content_type, content, "
            + "uploaded_on, uploaded_by"),
    LEARNING_FINDING("id, partnership_id, source_type, source_reference, source_id, source_date, finding, recommendation, "
            + "confidential, group_id, recorded_by, recorded_on"),
    LEARNING_FINDING_THEME("finding_id, theme_id"),

    ACTION("id, partnership_id, group_id, description, all_partners, due_on, status, source_type, source_id, source_label, "
            + "raised_by, raised_on, respond_by, closed_on, asked_at, first_respond_by, confidential"),
    ACTION_OWNER("action_id, person_id, organisation_id"),
    ACTION_UPDATE("action_id, written_by, written_at, note, status_after, kind");

    private final List<String> columns;

    BulkTable(String columns) {
        this.columns = List.of(columns.split(",\\s*"));
    }

    /** The table's name in the database. */
    String table() {
        return name().toLowerCase(Locale.ROOT);
    }

    List<String> columns() {
        return columns;
    }

    /** Whether rows carry their own ids (taken from the table's identity sequence by {@link TableWriter#ids}). */
    boolean givesIds() {
        return columns.getFirst().equals("id");
    }
}

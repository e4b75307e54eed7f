package org.safeguardinghub.infrastructure;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real records of the Shropshire demo for every path variable the routes in {@link AccessRules} use,
 * so a test reaches the controller behind each route rather than a 404: records outside confidential
 * groups, ids that exist where one does. Shared by {@code AccessRulesTests} and {@code BadInputTests}.
 */
final class DemoRouteVariables {

    private DemoRouteVariables() {
    }

    static Map<String, String> of(JdbcTemplate jdbc) {
        long partnership = jdbc.queryForObject("select id from partnership where slug = 'shropshire'", Long.class);
        return Map.ofEntries(
                Map.entry("partnership", "shropshire"),
                Map.entry("group", id(jdbc, "select min(id) from partnership_group where partnership_id = ?", partnership)),
                Map.entry("organisation", id(jdbc, "select min(organisation_id) from partnership_organisation where partnership_id = ?", partnership)),
                Map.entry("person", id(jdbc, "select min(person_id) from partnership_person where partnership_id = ?", partnership)),
                Map.entry("membership", id(jdbc, "select min(id) from membership where partnership_id = ?", partnership)),
                Map.entry("action", id(jdbc, """
                        select min(a.id) from action a join partnership_group g on g.id = a.group_id
                        where a.partnership_id = ? and not g.confidential""", partnership)),
                Map.entry("meeting", id(jdbc, """
                        select min(m.id) from meeting m join partnership_group g on g.id = m.group_id
                        where m.partnership_id = ? and not g.confidential and m.held_on > current_date""", partnership)),
                Map.entry("item", id(jdbc, """
                        select min(i.id) from agenda_item i where not i.confidential and i.meeting_id = (
                            select min(m.id) from meeting m join partnership_group g on g.id = m.group_id
                            where m.partnership_id = ? and not g.confidential and m.held_on > current_date)""", partnership)),
                Map.entry("plan", id(jdbc, "select min(id) from strategic_plan where partnership_id = ?", partnership)),
                Map.entry("priority", id(jdbc, "select min(id) from plan_priority where partnership_id = ?", partnership)),
                Map.entry("businessPlan", id(jdbc, "select min(id) from business_plan where partnership_id = ?", partnership)),
                Map.entry("activity", id(jdbc, """
                        select min(a.id) from plan_activity a join partnership_group g on g.id = a.owner_group_id
                        where a.partnership_id = ? and not g.confidential""", partnership)),
                Map.entry("update", "999999"),
                Map.entry("challenge", id(jdbc, "select min(id) from challenge where partnership_id = ?", partnership)),
                Map.entry("scrutinyActivity", id(jdbc, "select min(id) from scrutiny_activity where partnership_id = ?", partnership)),
                Map.entry("finding", id(jdbc, "select min(id) from scrutiny_finding where partnership_id = ?", partnership)),
                Map.entry("risk", id(jdbc, """
                        select min(r.id) from risk r join partnership_group g on g.id = r.group_id
                        where r.partnership_id = ? and not g.confidential""", partnership)),
                Map.entry("theme", id(jdbc, "select min(id) from learning_theme where partnership_id = ?", partnership)),
                Map.entry("learningFinding", id(jdbc, """
                        select min(id) from learning_finding where partnership_id = ? and not confidential""", partnership)),
                Map.entry("briefing", id(jdbc, "select min(id) from learning_briefing where partnership_id = ?", partnership)),
                Map.entry("escalation", "999999"),
                Map.entry("paper", "999999"),
                Map.entry("version", "999999"),
                Map.entry("account", id(jdbc, "select id from user_account where username = 'read.only' and ? > 0", partnership)),
                Map.entry("role", "999999"),
                Map.entry("message", "999999"),
                Map.entry("holiday", "999999"),
                Map.entry("referral", id(jdbc, "select min(id) from case_referral where partnership_id = ?", partnership)),
                Map.entry("notification", id(jdbc, "select min(id) from incident_notification where partnership_id = ?", partnership)),
                Map.entry("rapidReview", id(jdbc, "select min(id) from rapid_review where partnership_id = ?", partnership)),
                Map.entry("informationRequest", id(jdbc, """
                        select min(r.id) from information_request r join organisation o on o.id = r.organisation_id
                        where r.partnership_id = ? and o.name = 'West Mercia Police'""", partnership)),
                Map.entry("practiceReview", id(jdbc, "select min(id) from practice_review where partnership_id = ?", partnership)),
                Map.entry("milestone", id(jdbc, "select min(id) from practice_review_milestone where partnership_id = ?", partnership)),
                Map.entry("report", "999999"),
                Map.entry("import", "not-an-import"),
                Map.entry("token", "not-a-real-token"));
    }

    private static String id(JdbcTemplate jdbc, String sql, long partnership) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class, partnership));
    }
}

package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.plans.BusinessPlan;
import org.safeguardinghub.plans.BusinessPlans;
import org.safeguardinghub.plans.Rag;
import org.safeguardinghub.risks.Appetite;
import org.safeguardinghub.risks.Rating;
import org.safeguardinghub.risks.RiskDetails;
import org.safeguardinghub.risks.RiskRegister;
import org.safeguardinghub.scrutiny.ChallengeLog;
import org.safeguardinghub.scrutiny.RaisedBy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Standing reports on a meeting's agenda against PostgreSQL with the demo partnerships: the summary
 * of business plan progress, the risk register and the challenge log for the meeting's group, and
 * the summary fixed in the minutes when they are approved.
 */
@HubIntegrationTest
class StandingReportsIntegrationTests {

    @Autowired
    MeetingDiary meetings;
    @Autowired
    MinutesBook minutesBook;
    @Autowired
    StandingReports reports;
    @Autowired
    BusinessPlans businessPlans;
    @Autowired
    RiskRegister risks;
    @Autowired
    ChallengeLog challenges;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long shropshire;
    String unique;
    CurrentUser businessUnit;
    BusinessPlan plan;
    int quarter;
    LocalDate today;

    @BeforeEach
    void demo() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        unique = UUID.randomUUID().toString().substring(0, 8);
        var id = accounts.byUsername("business.unit").orElseThrow().getId();
        HubPrincipal principal = () -> id;
        businessUnit = accounts.currentUser(principal).orElseThrow();
        today = businessPlans.today();
        plan = businessPlans.current(shropshire, today).orElseThrow();
        quarter = businessPlans.reportableQuarters(plan).getLast();
    }

    private long group(String name) {
        return jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?", Long.class,
                shropshire, name);
    }

    /** A new subgroup of the executive with the executive's members, so its work plan, register and log are the test's own. */
    private long freshGroup(String name, boolean confidential) {
        var executive = group("Executive Group");
        var created = structure.addGroup(shropshire, executive, name + " " + unique, GroupKind.SUBGROUP, null, null,
                confidential, null);
        structure.membersOf(shropshire, executive).stream().filter(m -> m.isCurrent()).forEach(m -> structure.addMembership(
                shropshire, created.getId(), m.person().getId(), m.organisation() == null ? null : m.organisation().getId(),
                MembershipRole.MEMBER, null, LocalDate.of(2000, 1, 1), null));
        return created.getId();
    }

    private String activity(long groupId, String what, Rag rag) {
        var description = what + " " + unique;
        var added = businessPlans.addActivity(shropshire, plan.getId(), null, description, groupId, null, null);
        if (rag != null) {
            businessPlans.report(businessUnit, shropshire, added.getId(), 0, quarter, rag, "Update on " + description, null);
        }
        return description;
    }

    private String risk(long groupId, String title, Rating current, Appetite appetite, LocalDate reviewOn) {
        var named = title + " " + unique;
        risks.add(shropshire, groupId, new RiskDetails(named, null, null, null, null, null, new Rating(5, 5), current,
                new Rating(1, 1), null, appetite, reviewOn), "test");
        return named;
    }

    private Meeting meeting(long groupId, LocalDate on) {
        return meetings.schedule(new ScheduleMeeting(shropshire, groupId, on, LocalTime.of(10, 0), null, "Shirehall", null));
    }

    private AgendaItem report(Meeting meeting, AgendaItemKind kind) {
        return meetings.addReport(shropshire, meeting.getId(), kind, null, false);
    }

    /** The rows' first cells (the record's name) of the table with this caption. */
    private static List<String> rowsOf(Document html, String caption) {
        var table = html.select("table").stream().filter(t -> t.selectFirst("caption").text().equals(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("No table captioned " + caption + " in " + html.body().html()));
        return table.select("tbody tr th").eachText();
    }

    @Test
    void aSubgroupsReportsSummariseItsOwnWorkPlanRegisterAndChallenges() {
        var groupId = freshGroup("Reports subgroup", false);
        var other = freshGroup("Another subgroup", false);
        var red = activity(groupId, "Publish the exploitation pathway", Rag.RED);
        var amber = activity(groupId, "Audit strategy discussions", Rag.AMBER);
        var green = activity(groupId, "Run the neglect workshop", Rag.GREEN);
        activity(groupId, "Not yet reported", null);
        var elsewhere = activity(other, "Another group's late work", Rag.RED);
        var above = risk(groupId, "Exploitation data is incomplete", new Rating(4, 4), Appetite.MINIMAL, today.minusDays(7));
        var within = risk(groupId, "Training is not evaluated", new Rating(1, 3), Appetite.CAUTIOUS, today.plusMonths(2));
        risk(other, "Another group's risk", new Rating(5, 5), Appetite.AVERSE, today.minusDays(3));
        var late = challenges.raise(shropshire, RaisedBy.CHAIR, null, groupId, today.minusDays(40), "Data",
                "Why is the dataset late " + unique + "?", today.minusDays(10), "test");
        challenges.raise(shropshire, RaisedBy.BOARD, null, groupId, today.minusDays(2), null,
                "How do you know the toolkit is used " + unique + "?", null, "test");
        challenges.raise(shropshire, RaisedBy.BOARD, null, other, today.minusDays(2), null,
                "A question for another group " + unique + "?", null, "test");
        var meeting = meeting(groupId, today.minusDays(1));

        var progress = Jsoup.parse(reports.live(meeting, report(meeting, AgendaItemKind.BUSINESS_PLAN_PROGRESS).getKind()));
        assertThat(progress.text()).contains("Reports subgroup " + unique + "'s work plan", "quarter " + quarter,
                "4 activities, 1 not yet reported");
        assertThat(rowsOf(progress, "Activities rated red or amber in quarter " + quarter)).containsExactly(red, amber);
        assertThat(progress.text()).doesNotContain(green).doesNotContain(elsewhere);
        assertThat(progress.select("table").first().select("tbody tr").eachText())
                .containsExactly("Red: off track 1", "Amber: at risk 1", "Green: on track 1", "Complete 0", "Not reported 1");

        var register = Jsoup.parse(reports.live(meeting, AgendaItemKind.RISK_REGISTER));
        assertThat(register.text()).contains("2 open risks, 1 above the partnership's appetite, 1 review overdue");
        assertThat(rowsOf(register, "Risks above appetite")).singleElement().asString().endsWith(above);
        assertThat(rowsOf(register, "Risks whose review is overdue")).singleElement().asString().endsWith(above);
        assertThat(register.select("table").first().select("tbody tr").eachText())
                .containsExactly("High 1", "Medium 0", "Low 0", "Very low 1");
        assertThat(register.text()).doesNotContain("Another group's risk").doesNotContain(within);

        var log = Jsoup.parse(reports.live(meeting, AgendaItemKind.CHALLENGE_LOG));
        assertThat(log.text()).contains("2 open challenges, 1 response overdue");
        assertThat(rowsOf(log, "Open challenges")).hasSize(2).first().asString().isEqualTo(late.getReference() + ": "
                + late.getQuestion());
        assertThat(log.select("tbody tr").first().text()).contains("Response overdue");
        assertThat(log.text()).doesNotContain("A question for another group");
    }

    @Test
    void theBoardsReportCoversThePartnershipButLeavesOutConfidentialGroups() {
        var open = freshGroup("Open subgroup", false);
        var confidential = freshGroup("Case review subgroup", true);
        var seen = activity(open, "Refresh the neglect strategy", Rag.RED);
        var hidden = activity(confidential, "Review the case of a child", Rag.RED);
        var board = group("Shropshire Safeguarding Community Partnership");
        var meeting = meeting(board, today.minusDays(1));

        var progress = Jsoup.parse(reports.live(meeting, AgendaItemKind.BUSINESS_PLAN_PROGRESS));
        assertThat(progress.text()).contains("Every group's activities");
        assertThat(rowsOf(progress, "Activities rated red or amber in quarter " + quarter)).contains(seen).doesNotContain(hidden);

        var ownMeeting = meeting(confidential, today.minusDays(1));
        assertThat(Jsoup.parse(reports.live(ownMeeting, AgendaItemKind.BUSINESS_PLAN_PROGRESS)).text())
                .as("a confidential group's own meeting sees its own work plan").contains(hidden);
    }

    @Test
    void theSummaryIsFixedInTheMinutesWhenTheyAreApproved() {
        var groupId = freshGroup("Fixed reports subgroup", false);
        var before = activity(groupId, "Launch the toolkit", Rag.AMBER);
        var first = meeting(groupId, today.minusDays(30));
        var progress = report(first, AgendaItemKind.BUSINESS_PLAN_PROGRESS);
        var register = report(first, AgendaItemKind.RISK_REGISTER);
        var welcome = meetings.agenda(first.getId()).getFirst();
        minutesBook.writeNotes(shropshire, first.getId(), progress.getId(), progress.getVersion(), "Members noted the progress.");
        minutesBook.circulate(shropshire, first.getId(), meetings.find(shropshire, first.getId()).orElseThrow().getVersion());
        assertThat(meetings.item(shropshire, first.getId(), progress.getId()).orElseThrow().getReportSnapshot())
                .as("not fixed before approval").isNull();

        var second = meeting(groupId, today.minusDays(2));
        minutesBook.approvePreviousMinutes(shropshire, second.getId(), "test");

        var fixed = meetings.item(shropshire, first.getId(), progress.getId()).orElseThrow();
        assertThat(fixed.getReportFixedOn()).isEqualTo(today);
        assertThat(fixed.getReportSnapshot()).contains(before).contains("<caption");
        assertThat(meetings.item(shropshire, first.getId(), register.getId()).orElseThrow().getReportSnapshot())
                .contains("Open risks by current rating");
        assertThat(meetings.item(shropshire, first.getId(), welcome.getId()).orElseThrow().getReportSnapshot())
                .as("only standing reports are fixed").isNull();

        var after = activity(groupId, "Something that went wrong later", Rag.RED);
        var shown = reports.of(meetings.find(shropshire, first.getId()).orElseThrow(), meetings.agenda(first.getId()));
        assertThat(shown.get(progress.getId())).isEqualTo(fixed.getReportSnapshot()).doesNotContain(after);
        assertThat(reports.live(first, AgendaItemKind.BUSINESS_PLAN_PROGRESS)).as("the live state moved on").contains(after);
        assertThat(reports.of(second, meetings.agenda(second.getId()))).as("the second meeting has no reports").isEmpty();
    }

    @Test
    void onlyAStandingReportCanBeAddedAsOne() {
        var meeting = meeting(freshGroup("Refusing subgroup", false), today.plusDays(30));
        assertThatThrownBy(() -> meetings.addReport(shropshire, meeting.getId(), AgendaItemKind.ITEM, null, false))
                .isInstanceOf(Refused.class).hasMessage("Select the report to add");
        var added = report(meeting, AgendaItemKind.CHALLENGE_LOG);
        assertThat(meetings.agenda(meeting.getId())).extracting(AgendaItem::getTitle).endsWith("Challenge log", "Any other business");
        assertThat(added.getKind().isReport()).isTrue();
        assertThat(meetings.agenda(meeting(freshGroup("Plain subgroup", false), today.plusDays(31)).getId()))
                .extracting(AgendaItem::getKind).as("no report is on an agenda unless added")
                .doesNotContain(AgendaItemKind.BUSINESS_PLAN_PROGRESS, AgendaItemKind.RISK_REGISTER, AgendaItemKind.CHALLENGE_LOG);
    }
}

package org.safeguardinghub.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.Visibility;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.plans.ActivityRow;
import org.safeguardinghub.plans.BusinessPlan;
import org.safeguardinghub.plans.BusinessPlans;
import org.safeguardinghub.plans.Rag;
import org.safeguardinghub.risks.RiskRegister;
import org.safeguardinghub.risks.RiskRow;
import org.safeguardinghub.scrutiny.ChallengeLog;
import org.safeguardinghub.scrutiny.ChallengeRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The summaries of a meeting's standing reports: business plan progress, the risk register and the
 * challenge log, for the meeting's group. A board or executive group reviews the whole
 * partnership's; any other group its own work plan, its own register (with risks escalated to it)
 * and the challenges put to it. Records of a confidential group are left out unless it is the
 * meeting's own group, so a summary reads the same for everyone who can open the meeting and can be
 * fixed in the minutes when they are approved. Until then the summary shows the records as they
 * stand today.
 */
@Service
@Transactional(readOnly = true)
class StandingReports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");
    private static final List<String> BANDS = List.of("High", "Medium", "Low", "Very low");

    private final PartnershipStructure structure;
    private final Partnerships partnerships;
    private final BusinessPlans businessPlans;
    private final RiskRegister risks;
    private final ChallengeLog challenges;
    private final ITemplateEngine templates;
    private final Clock clock;

    StandingReports(PartnershipStructure structure, Partnerships partnerships, BusinessPlans businessPlans,
            RiskRegister risks, ChallengeLog challenges, ITemplateEngine templates, Clock clock) {
        this.structure = structure;
        this.partnerships = partnerships;
        this.businessPlans = businessPlans;
        this.risks = risks;
        this.challenges = challenges;
        this.templates = templates;
        this.clock = clock;
    }

    /** A line of a summary's table: the record's name, a link to it, and the other cells. */
    public record Line(String name, String href, List<String> cells, String tag, String tagClass) {
    }

    /** One table of a summary, with its caption and column headings; {@code empty} is shown when it has no lines. */
    public record Table(String caption, List<String> headings, List<Line> lines, String empty) {
    }

    /** A summary: what it covers, figures in sentences, and its tables. */
    public record Summary(String scope, List<String> figures, List<Table> tables, String moreHref, String moreText) {
    }

    /** The summary of each standing report in the agenda, by item id: the fixed one once the minutes were approved. */
    Map<Long, String> of(Meeting meeting, List<AgendaItem> agenda) {
        var html = new LinkedHashMap<Long, String>();
        for (var item : agenda) {
            if (item.getKind().isReport()) {
                html.put(item.getId(), item.getReportSnapshot() != null ? item.getReportSnapshot() : live(meeting, item.getKind()));
            }
        }
        return html;
    }

    /** Fixes each standing report's summary in the minutes as it stands now. */
    @Transactional
    void fix(Meeting meeting, List<AgendaItem> agenda) {
        var today = LocalDate.now(clock);
        for (var item : agenda) {
            if (item.getKind().isReport() && item.getReportSnapshot() == null) {
                item.fixReport(live(meeting, item.getKind()), today);
            }
        }
    }

    /** The summary as the records stand today, as accessible HTML (tables with captions, no headings). */
    String live(Meeting meeting, AgendaItemKind kind) {
        var context = new Context(java.util.Locale.UK);
        context.setVariable("summary", summary(meeting, kind));
        context.setVariable("cells", new org.safeguardinghub.govuk.Cells()); // the table fragment builds its cells with it, as on every page
        return templates.process("meetings/standing-report", Set.of("summary"), context).strip();
    }

    Summary summary(Meeting meeting, AgendaItemKind kind) {
        var partnershipId = meeting.partnershipId();
        var group = structure.group(partnershipId, meeting.getGroupId()).orElseThrow();
        var wholePartnership = group.getKind() == GroupKind.BOARD || group.getKind() == GroupKind.EXECUTIVE;
        // A summary is read by everyone who may read the meeting: other groups' records go in only
        // where the whole partnership may read them; the meeting's own group's always.
        var shown = structure.groups(partnershipId).stream()
                .filter(g -> Visibility.openToWholePartnership(g.isConfidential(), false) || g.getId().equals(group.getId()))
                .toList();
        var base = "/p/" + partnerships.withIds(List.of(partnershipId)).getFirst().getSlug();
        var today = LocalDate.now(clock);
        return switch (kind) {
            case BUSINESS_PLAN_PROGRESS -> progress(group, wholePartnership, shown, base, today);
            case RISK_REGISTER -> register(group, wholePartnership, shown, base, today);
            case CHALLENGE_LOG -> challenges(group, wholePartnership, base, today);
            default -> throw new IllegalArgumentException(kind + " is not a standing report");
        };
    }

    private Summary progress(Group group, boolean wholePartnership, List<Group> shown, String base, LocalDate today) {
        var plan = businessPlans.current(group.partnershipId(), today).orElse(null);
        if (plan == null) {
            return new Summary("The partnership has no business plan in the Hub yet.", List.of(), List.of(), base + "/plans",
                    "The partnership's plans");
        }
        var rows = businessPlans.rowsOf(plan, wholePartnership ? shown : List.of(group));
        int quarter = latestReportedQuarter(plan, rows, today);
        var scope = (wholePartnership ? "Every group's activities" : group.getName() + "'s work plan") + " in the "
                + plan.getName().toLowerCase(java.util.Locale.UK) + ", quarter " + quarter + " ("
                + MONTH.format(plan.startOf(quarter)) + " to " + MONTH.format(plan.endOf(quarter)) + "), as at "
                + DAY.format(today) + ".";
        var counts = businessPlans.ragCounts(rows, quarter);
        var byRag = new ArrayList<Line>();
        counts.forEach((label, count) -> byRag.add(new Line(label, null, List.of(String.valueOf(count)), null, null)));
        var concerns = new ArrayList<Line>();
        for (var row : rows) {
            var update = row.in(quarter);
            if (update != null && (update.getRag() == Rag.RED || update.getRag() == Rag.AMBER)) {
                concerns.add(new Line(row.activity().getDescription(), base + "/activities/" + row.activity().getId(),
                        List.of(row.groupName(), row.ownerName(), update.getNarrative()), update.getRag().label(),
                        update.getRag().tagClass()));
            }
        }
        concerns.sort(java.util.Comparator.comparing((Line l) -> l.tag().startsWith("Red") ? 0 : 1));
        return new Summary(scope, List.of(rows.size() + (rows.size() == 1 ? " activity" : " activities") + ", "
                + counts.get("Not reported") + " not yet reported for quarter " + quarter + "."),
                List.of(new Table("Activities by RAG status, quarter " + quarter, List.of("Status", "Activities"), byRag, null),
                        new Table("Activities rated red or amber in quarter " + quarter,
                                List.of("Activity", "Group", "Owner", "Latest update", "Status"), concerns,
                                "No activity is rated red or amber.")),
                base + "/business-plans/" + plan.getId() + (wholePartnership ? "" : "?group=" + group.getId()),
                "The business plan in full");
    }

    /** The latest quarter that has started and has an update, or the current quarter if none has. */
    private static int latestReportedQuarter(BusinessPlan plan, List<ActivityRow> rows, LocalDate today) {
        int current = Math.max(1, Math.min(4, plan.quarterOn(today)));
        for (int q = current; q >= 1; q--) {
            int quarter = q;
            if (rows.stream().anyMatch(r -> r.in(quarter) != null)) {
                return quarter;
            }
        }
        return current;
    }

    private Summary register(Group group, boolean wholePartnership, List<Group> shown, String base, LocalDate today) {
        var open = risks.registerOf(group.partnershipId(), shown, wholePartnership ? null : group.getId()).stream()
                .filter(r -> r.risk().getClosedOn() == null).toList();
        var scope = (wholePartnership ? "Every open risk on the partnership's registers" : "The open risks on "
                + group.getName() + "'s register, with those escalated to it") + ", as at " + DAY.format(today) + ".";
        var byBand = new ArrayList<Line>();
        for (var band : BANDS) {
            byBand.add(new Line(band, null, List.of(String.valueOf(open.stream()
                    .filter(r -> r.risk().getCurrent().band().equals(band)).count())), null, null));
        }
        var above = open.stream().filter(r -> r.risk().isAboveAppetite())
                .sorted(java.util.Comparator.comparing((RiskRow r) -> -r.risk().getCurrent().score()))
                .map(r -> riskLine(r, base, List.of(r.groupName(), r.risk().getCurrent().toString(), r.risk().getAppetite().label())))
                .toList();
        var overdue = open.stream().filter(r -> r.risk().isReviewOverdue(today))
                .sorted(java.util.Comparator.comparing((RiskRow r) -> r.risk().getReviewOn()))
                .map(r -> riskLine(r, base, List.of(r.groupName(), r.ownerName(), DAY.format(r.risk().getReviewOn()))))
                .toList();
        return new Summary(scope, List.of(open.size() + (open.size() == 1 ? " open risk" : " open risks") + ", "
                + above.size() + " above the partnership's appetite, " + overdue.size()
                + (overdue.size() == 1 ? " review" : " reviews") + " overdue."),
                List.of(new Table("Open risks by current rating", List.of("Rating", "Risks"), byBand, null),
                        new Table("Risks above appetite", List.of("Risk", "Register", "Current rating", "Appetite"), above,
                                "No open risk is above appetite."),
                        new Table("Risks whose review is overdue", List.of("Risk", "Register", "Owner", "Review was due"), overdue,
                                "No review is overdue.")),
                base + "/risks" + (wholePartnership ? "" : "?group=" + group.getId()), "The risk register in full");
    }

    private static Line riskLine(RiskRow row, String base, List<String> cells) {
        return new Line(row.risk().getReference() + ": " + row.risk().getTitle(), base + "/risks/" + row.risk().getId(),
                cells, null, null);
    }

    private Summary challenges(Group group, boolean wholePartnership, String base, LocalDate today) {
        var shown = structure.groups(group.partnershipId()).stream()
                .filter(g -> Visibility.openToWholePartnership(g.isConfidential(), false) || g.getId().equals(group.getId()))
                .map(Group::getId).toList();
        var open = challenges.all(group.partnershipId()).stream()
                .filter(c -> c.challenge().getClosedOn() == null)
                .filter(c -> c.challenge().getToGroupId() == null || shown.contains(c.challenge().getToGroupId()))
                .filter(c -> wholePartnership || group.getId().equals(c.challenge().getToGroupId()))
                .sorted(java.util.Comparator.comparing((ChallengeRow c) -> c.challenge().getResponseDueOn()))
                .toList();
        var overdue = open.stream().filter(c -> c.challenge().isOverdue(today)).count();
        var scope = (wholePartnership ? "Every open challenge in the partnership's log" : "The open challenges put to "
                + group.getName()) + ", as at " + DAY.format(today) + ".";
        var lines = open.stream().map(c -> new Line(c.challenge().getReference() + ": " + c.challenge().getQuestion(),
                base + "/challenges/" + c.challenge().getId(), List.of(c.toName(), "Stage " + c.challenge().getStage(),
                        DAY.format(c.challenge().getResponseDueOn())),
                c.challenge().isOverdue(today) ? "Response overdue" : c.challenge().getStatus(),
                c.challenge().isOverdue(today) ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--grey")).toList();
        return new Summary(scope, List.of(open.size() + (open.size() == 1 ? " open challenge, " : " open challenges, ")
                + overdue + (overdue == 1 ? " response" : " responses") + " overdue."),
                List.of(new Table("Open challenges", List.of("Challenge", "Put to", "Stage", "Response due", "Status"), lines,
                        "No challenge is open.")),
                base + "/challenges", "The challenge log in full");
    }
}

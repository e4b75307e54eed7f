package org.safeguardinghub.demo;

import static org.safeguardinghub.demo.BulkTable.BUSINESS_PLAN;
import static org.safeguardinghub.demo.BulkTable.CHALLENGE;
import static org.safeguardinghub.demo.BulkTable.CHALLENGE_STEP;
import static org.safeguardinghub.demo.BulkTable.PLAN_ACTIVITY;
import static org.safeguardinghub.demo.BulkTable.PLAN_PRIORITY;
import static org.safeguardinghub.demo.BulkTable.PROGRESS_UPDATE;
import static org.safeguardinghub.demo.BulkTable.RISK;
import static org.safeguardinghub.demo.BulkTable.RISK_RATING;
import static org.safeguardinghub.demo.BulkTable.STRATEGIC_PLAN;
import static org.safeguardinghub.demo.BulkTable.SUCCESS_MEASURE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds strategy, risk and challenge to the synthetic partnerships of {@link SyntheticData}: for each
 * partnership a strategic plan with 3-5 priorities and their success measures, the current year's
 * business plan with 30-60 activities owned by its groups (confidential ones included) and named
 * people, a progress update (RAG status and narrative) for each quarter that has started, most of
 * the past ones reviewed; a risk register of 20-40 risks on the board's and subgroups' registers with
 * 1-4 ratings each in their history; and a challenge log of 10-30 challenges with their steps through
 * the stages. Dates are relative to the day it runs; everything else comes from a fixed seed.
 *
 * <p>Like {@link SyntheticData}, <strong>it writes with bulk inserts that bypass the audit trail and
 * every rule of the services</strong>. Benchmark data only; never run it against a live database.
 */
@Component
public class SyntheticStrategy {

    private static final long SEED = 20261122L;

    /** How much to make for each synthetic partnership (each a range, inclusive). */
    public record Strategy(int minActivities, int maxActivities, int minRisks, int maxRisks, int minChallenges,
            int maxChallenges) {

        /** What a partnership's plan, register and log look like after a few years. */
        public static final Strategy NATIONAL = new Strategy(30, 60, 20, 40, 10, 30);
    }

    /** What {@link #fill} added. */
    public record Filled(int plans, int priorities, int measures, int businessPlans, int activities,
            int confidentialActivities, int progressUpdates, int risks, int ratings, int challenges, int steps, long millis) {
    }

    private static final String[][] PRIORITIES = {
        {"Neglect", "Children experiencing neglect are identified early and helped before harm escalates"},
        {"Child exploitation", "Children at risk of criminal and sexual exploitation are safer in their communities"},
        {"Domestic abuse", "Children living with domestic abuse are seen, heard and protected"},
        {"Early help", "Families get the right help at the right time from the partners who know them"},
        {"The voice of the child", "What children tell us changes what we do"},
        {"Safeguarding adolescents", "Young people at risk outside the home are kept safe through contextual safeguarding"},
        {"Under ones", "Babies are protected from non-accidental injury and sudden unexpected death"},
        {"Emotional health", "Children's emotional health and wellbeing needs are met without long waits"}};
    private static final String[] HOW = {"Deliver multi-agency training on %T", "Embed the graded care profile across partners",
        "Audit strategy discussions about %T twice a year", "Publish practice guidance on %T",
        "Listen to children through the young people's reference group", "Share learning from reviews through seven-minute briefings",
        "Agree a joint protocol with %A", "Review the thresholds document"};
    private static final String[] SUCCESS = {"Fewer repeat child protection plans for %T",
        "Practitioners tell us they feel confident about %T", "Audits show the child's voice in every plan",
        "Referrals about %T are timely and well evidenced", "Families tell us help came early"};
    private static final String[] MEASURES = {"Repeat child protection plans within two years", "Multi-agency audit findings",
        "Training evaluations at three months", "Practitioner survey", "Referrals to children's social care by source",
        "Re-referrals within twelve months", "Feedback from the young people's reference group", "Section 11 audit returns",
        "Missing episodes and return home interviews", "Timeliness of initial child protection conferences"};
    private static final String[] TOPICS = {"neglect", "child exploitation", "county lines", "domestic abuse",
        "online safety", "safer sleep", "missing children", "private fostering", "harmful sexual behaviour",
        "transitions to adulthood", "parental mental health", "early help", "information sharing", "professional curiosity",
        "contextual safeguarding", "school attendance", "disabled children", "serious youth violence", "children in care",
        "self-harm", "pre-birth assessments", "criminal exploitation", "allegations against staff", "young carers"};
    private static final String[] AGENCIES = {"children's social care", "the police", "health colleagues",
        "the integrated care board", "schools", "probation", "the youth justice service", "the voluntary sector",
        "housing", "adult mental health services", "early help", "CAMHS"};
    private static final String[] ACTIVITIES = {"Deliver a multi-agency workshop on %T", "Refresh the partnership's strategy on %T",
        "Complete a multi-agency audit of %T and report the findings", "Publish a seven-minute briefing on %T",
        "Agree an information sharing protocol with %A", "Evaluate the impact of the training on %T",
        "Review the pathway for %T with %A", "Launch the practitioner toolkit on %T",
        "Consult children and young people about %T", "Develop a dashboard of measures for %T",
        "Commission a deep dive into %T", "Embed the learning from the local review about %T"};
    private static final String[] NARRATIVES = {"On track: %C practitioners attended the sessions this quarter.",
        "The audit has been completed and the findings go to the next meeting.",
        "Delayed because %A could not release staff; a new date has been agreed.",
        "The draft has been shared with %A for comment.",
        "Not started: waiting for the new lead from %A to be appointed.",
        "Good progress; the evaluation shows practitioners are more confident about %T.",
        "The work has been completed and signed off by the executive.",
        "At risk: the funding from %A has not been confirmed."};
    private static final String[] RISKS = {"Not enough capacity in %A to respond to %T",
        "Partners do not share information about %T in time", "Loss of funding for the work on %T",
        "Practitioners lack confidence in recognising %T", "Delays in health assessments for children in care",
        "Data on %T is not available to the partnership", "Changes in %A leadership slow the work on %T",
        "Learning from reviews about %T is not embedded", "Thresholds are applied inconsistently by %A",
        "Schools are not engaged in the work on %T"};
    private static final String[] THEMES = {"Neglect", "Exploitation", "Domestic abuse", "Information sharing", "Attendance",
        "Training", "Early help", "Data", null};
    private static final String[] QUESTIONS = {"How do you know that practitioners apply the thresholds consistently for %T?",
        "Why did attendance by %A at child protection conferences fall this quarter?",
        "What assurance can you give that the learning on %T has reached front-line staff?",
        "How will you make sure the voice of the child is recorded in cases of %T?",
        "Why has the data on %T not been provided to the partnership?",
        "What is %A doing to reduce the waiting time for assessments?"};

    private final JdbcTemplate jdbc;
    private final TableWriter writer;

    SyntheticStrategy(JdbcTemplate jdbc, TableWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    private record Grp(long id, String kind, boolean confidential, boolean open, List<Long> members) {
    }

    /** A synthetic partnership as this generator needs it: its groups and the organisations still in it. */
    private record Area(long partnershipId, String bench, List<Grp> groups, List<Long> organisations) {
    }

    /** Adds the plans, registers and logs to the partnerships {@link SyntheticData#fill} made, in one transaction. */
    @Transactional
    public Filled fill(Strategy strategy) {
        long started = System.nanoTime();
        var partnerships = jdbc.queryForList("select id from partnership where slug like 'synthetic-%' order by slug", Long.class);
        if (partnerships.isEmpty()) {
            throw new IllegalStateException("Fill the synthetic partnerships first");
        }
        var run = new Run(strategy, writer.rows(), LocalDate.now(ZoneOffset.UTC));
        var groupsOf = groups(run.today);
        var organisationsOf = organisations();
        int p = partnerships.size();
        long[] planIds = writer.ids(STRATEGIC_PLAN, p);
        long[] businessPlanIds = writer.ids(BUSINESS_PLAN, p);
        for (int i = 0; i < p; i++) {
            long partnershipId = partnerships.get(i);
            var area = new Area(partnershipId, SyntheticData.username(i + 1), groupsOf.get(partnershipId),
                    organisationsOf.getOrDefault(partnershipId, List.of()));
            long[] priorityIds = run.strategicPlan(area, planIds[i]);
            run.businessPlan(area, planIds[i], businessPlanIds[i], priorityIds);
            run.riskRegister(area, priorityIds);
            run.challengeLog(area);
        }
        var rows = run.rows;
        rows.flush();
        jdbc.execute("analyze strategic_plan, plan_priority, success_measure, business_plan, plan_activity, progress_update, "
                + "risk, risk_rating, challenge, challenge_step");
        return new Filled(p, rows.added(PLAN_PRIORITY), rows.added(SUCCESS_MEASURE), p, rows.added(PLAN_ACTIVITY),
                run.confidentialActivities, rows.added(PROGRESS_UPDATE), rows.added(RISK), rows.added(RISK_RATING),
                rows.added(CHALLENGE), rows.added(CHALLENGE_STEP), (System.nanoTime() - started) / 1_000_000);
    }

    /** The synthetic partnerships' groups by partnership, with their current members. */
    private Map<Long, List<Grp>> groups(LocalDate today) {
        var groupsOf = new TreeMap<Long, List<Grp>>();
        var groupById = new HashMap<Long, Grp>();
        jdbc.query("""
                select g.id, g.partnership_id, g.kind, g.confidential, g.ends_on from partnership_group g
                join partnership p on p.id = g.partnership_id where p.slug like 'synthetic-%' order by g.id""", row -> {
            var endsOn = row.getObject("ends_on", LocalDate.class);
            var g = new Grp(row.getLong("id"), row.getString("kind"), row.getBoolean("confidential"),
                    endsOn == null || !endsOn.isBefore(today), new ArrayList<>());
            groupsOf.computeIfAbsent(row.getLong("partnership_id"), k -> new ArrayList<>()).add(g);
            groupById.put(g.id(), g);
        });
        jdbc.query("""
                select m.group_id, m.person_id from membership m join partnership p on p.id = m.partnership_id
                where p.slug like 'synthetic-%' and m.starts_on <= current_date and (m.ends_on is null or m.ends_on >= current_date)
                order by m.id""", row -> {
            var g = groupById.get(row.getLong("group_id"));
            long person = row.getLong("person_id");
            if (!g.members().contains(person)) {
                g.members().add(person);
            }
        });
        return groupsOf;
    }

    /** The organisations still in each partnership. */
    private Map<Long, List<Long>> organisations() {
        var organisationsOf = new HashMap<Long, List<Long>>();
        jdbc.query("select partnership_id, organisation_id from partnership_organisation where left_on is null order by id",
                row -> {
                    organisationsOf.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2));
                });
        return organisationsOf;
    }

    /** One fill, stage by stage; each stage draws from the one seeded random sequence in a fixed order. */
    private final class Run {
        final Strategy strategy;
        final BulkRows rows;
        final Random random = new Random(SEED);
        final LocalDate today;
        final int businessYear;
        final int currentQuarter;
        int confidentialActivities;

        Run(Strategy strategy, BulkRows rows, LocalDate today) {
            this.strategy = strategy;
            this.rows = rows;
            this.today = today;
            this.businessYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            this.currentQuarter = (today.getMonthValue() + 8) % 12 / 3 + 1; // April to June is quarter 1
        }

        /** The strategic plan with 3-5 priorities and their success measures; answers the priorities' ids. */
        long[] strategicPlan(Area area, long planId) {
            rows.add(STRATEGIC_PLAN, planId, area.partnershipId(), "Safeguarding children strategic plan " + (businessYear - 1)
                    + " to " + (businessYear + 2), businessYear - 1, businessYear + 2,
                    "Children and young people in our area grow up safe, seen and heard",
                    "Hold partners to account for safeguarding\nLearn from local and national reviews\n"
                            + "Make sure multi-agency training is available\nListen to children and families");
            int priorityCount = 3 + random.nextInt(3);
            long[] priorityIds = writer.ids(PLAN_PRIORITY, priorityCount);
            int first = random.nextInt(PRIORITIES.length);
            for (int k = 0; k < priorityCount; k++) {
                var chosen = PRIORITIES[(first + k) % PRIORITIES.length];
                rows.add(PLAN_PRIORITY, priorityIds[k], area.partnershipId(), planId, k + 1, chosen[0], chosen[1],
                        lines(HOW, 3 + random.nextInt(3), random), lines(SUCCESS, 2 + random.nextInt(2), random),
                        random.nextInt(100) < 15 ? "the Community Safety Partnership" : null);
                int measures = 2 + random.nextInt(3);
                int from = random.nextInt(MEASURES.length);
                for (int m = 0; m < measures; m++) {
                    rows.add(SUCCESS_MEASURE, area.partnershipId(), priorityIds[k], m + 1, MEASURES[(from + m) % MEASURES.length]);
                }
            }
            return priorityIds;
        }

        /** The business plan: activities spread over the groups still meeting, most with a named owner, and their progress. */
        void businessPlan(Area area, long planId, long businessPlanId, long[] priorityIds) {
            rows.add(BUSINESS_PLAN, businessPlanId, area.partnershipId(), planId, businessYear);
            var open = area.groups().stream().filter(Grp::open).toList();
            int activities = between(strategy.minActivities(), strategy.maxActivities(), random);
            long[] activityIds = writer.ids(PLAN_ACTIVITY, activities);
            for (int k = 0; k < activities; k++) {
                var group = open.get(random.nextInt(open.size()));
                confidentialActivities += group.confidential() ? 1 : 0;
                Long owner = group.members().isEmpty() || random.nextInt(100) < 10 ? null
                        : group.members().get(random.nextInt(group.members().size()));
                var dueOn = random.nextInt(100) < 15 ? null
                        : LocalDate.of(businessYear, 4, 1).plusDays(30 + random.nextInt(330));
                rows.add(PLAN_ACTIVITY, activityIds[k], area.partnershipId(), businessPlanId,
                        random.nextInt(100) < 90 ? priorityIds[random.nextInt(priorityIds.length)] : null,
                        fill(ACTIVITIES[random.nextInt(ACTIVITIES.length)], random), group.id(), owner, dueOn);
                progress(area, activityIds[k], group);
            }
        }

        /** A progress update for most quarters that have started, most of the past ones reviewed. */
        private void progress(Area area, long activityId, Grp group) {
            var rag = random.nextInt(100) < 60 ? "GREEN" : random.nextInt(100) < 60 ? "AMBER" : "RED";
            for (int q = 1; q <= currentQuarter; q++) {
                if (q == currentQuarter && random.nextInt(100) < 50 || random.nextInt(100) < 7) {
                    continue;
                }
                int roll = random.nextInt(100);
                rag = "COMPLETE".equals(rag) ? rag : roll < 12 ? "RED" : roll < 35 ? "AMBER" : roll < 92 ? "GREEN"
                        : q >= 2 ? "COMPLETE" : "GREEN";
                var quarterEnd = LocalDate.of(businessYear, 4, 1).plusMonths(3L * q).minusDays(1);
                var written = (quarterEnd.isAfter(today) ? today.minusDays(random.nextInt(10)) : quarterEnd.minusDays(random.nextInt(14)))
                        .atTime(10, 0).atOffset(ZoneOffset.UTC);
                var reviewed = q < currentQuarter && random.nextInt(100) < 85;
                rows.add(PROGRESS_UPDATE, area.partnershipId(), activityId, q, rag,
                        fill(NARRATIVES[random.nextInt(NARRATIVES.length)], random),
                        random.nextInt(100) < 40 ? "Minutes of the " + (group.kind().equals("BOARD") ? "board" : "group")
                                + " and the training register" : null,
                        area.bench(), written.toString(), reviewed ? area.bench() : null,
                        reviewed ? written.plusDays(20 + random.nextInt(20)).toString() : null,
                        reviewed && random.nextInt(100) < 30 ? "Noted by the executive" : null);
            }
        }

        /** The risk register: the board's, the executive's and the subgroups', each risk with its history of ratings. */
        void riskRegister(Area area, long[] priorityIds) {
            var groups = area.groups();
            var registers = groups.stream().filter(g -> g.open() && !g.kind().equals("REFERENCE")).toList();
            var board = groups.stream().filter(g -> g.kind().equals("BOARD")).findFirst().orElse(groups.getFirst());
            int risks = between(strategy.minRisks(), strategy.maxRisks(), random);
            long[] riskIds = writer.ids(RISK, risks);
            for (int k = 0; k < risks; k++) {
                var group = random.nextInt(100) < 30 ? board : registers.get(random.nextInt(registers.size()));
                int il = 3 + random.nextInt(3), ii = 3 + random.nextInt(3);
                int cl = 1 + random.nextInt(il), ci = 1 + random.nextInt(ii);
                int tl = 1 + random.nextInt(cl), ti = 1 + random.nextInt(ci);
                var appetite = new String[] {"AVERSE", "MINIMAL", "CAUTIOUS", "OPEN"}[random.nextInt(4)];
                var raised = today.minusDays(60 + random.nextInt(3 * 365));
                var reviewOn = today.plusDays(random.nextInt(150) - 30);
                var escalated = group != board && random.nextInt(100) < 10;
                var closed = random.nextInt(100) < 10 ? today.minusDays(random.nextInt(200)) : null;
                rows.add(RISK, riskIds[k], area.partnershipId(), group.id(), fill(RISKS[random.nextInt(RISKS.length)], random),
                        "Pressures on " + AGENCIES[random.nextInt(AGENCIES.length)], "Children are not protected from "
                                + TOPICS[random.nextInt(TOPICS.length)],
                        random.nextInt(100) < 60 ? priorityIds[random.nextInt(priorityIds.length)] : null,
                        group.members().isEmpty() ? null : group.members().get(random.nextInt(group.members().size())),
                        "Quarterly assurance reports; multi-agency audit", il, ii, cl, ci, tl, ti, null, appetite, reviewOn,
                        escalated ? board.id() : null, escalated ? today.minusDays(random.nextInt(90)) : null,
                        escalated ? "The subgroup cannot reduce the risk on its own" : null, closed);
                ratings(area, riskIds[k], raised, new int[] {il, ii, cl, ci, tl, ti});
            }
        }

        /** A risk's history: the first rating, then each change down to the current one. */
        private void ratings(Area area, long riskId, LocalDate raised, int[] rating) {
            int il = rating[0], ii = rating[1], cl = rating[2], ci = rating[3], tl = rating[4], ti = rating[5];
            int history = 1 + random.nextInt(4);
            for (int h = 0; h < history; h++) {
                var last = h == history - 1;
                int hl = last ? cl : Math.min(5, cl + (history - 1 - h)), hi = last ? ci : Math.max(ci, Math.min(5, ci + random.nextInt(2)));
                rows.add(RISK_RATING, area.partnershipId(), riskId, raised.plusDays(h * 90L), area.bench(), il, ii, hl, hi, tl, ti,
                        h == 0 ? "First rated" : "Reviewed at the " + (random.nextBoolean() ? "executive" : "subgroup"));
            }
        }

        /** The challenge log: put to organisations mostly, sometimes to a group; some escalated, many closed. */
        void challengeLog(Area area) {
            var organisations = area.organisations();
            int challenges = between(strategy.minChallenges(), strategy.maxChallenges(), random);
            long[] challengeIds = writer.ids(CHALLENGE, challenges);
            var challengeable = area.groups().stream().filter(g -> !g.confidential()).toList();
            for (int k = 0; k < challenges; k++) {
                var toGroup = organisations.isEmpty() || random.nextInt(100) < 25;
                var raisedOn = today.minusDays(random.nextInt(2 * 365));
                var raisedBy = new String[] {"BOARD", "CHAIR", "SCRUTINEER", "GROUP"}[random.nextInt(4)];
                var steps = new ArrayList<Object[]>();
                var due = raisedOn.plusDays(28);
                steps.add(new Object[] {area.partnershipId(), challengeIds[k], raisedOn, "Raised; response due " + due, area.bench()});
                int stage = 1;
                while (stage < 3 && due.isBefore(today) && random.nextInt(100) < 30) {
                    stage++;
                    var on = due.plusDays(1 + random.nextInt(7));
                    due = on.plusDays(14);
                    steps.add(new Object[] {area.partnershipId(), challengeIds[k], on, "Escalated to stage " + stage + "; response due " + due,
                        area.bench()});
                }
                var answered = due.isBefore(today.plusDays(14)) && random.nextInt(100) < 75;
                var receivedOn = answered ? min(due.plusDays(random.nextInt(20) - 10), today) : null;
                if (receivedOn != null && receivedOn.isBefore(raisedOn)) {
                    receivedOn = raisedOn;
                }
                var closedOn = answered && random.nextInt(100) < 70 ? min(receivedOn.plusDays(random.nextInt(40)), today) : null;
                if (answered) {
                    steps.add(new Object[] {area.partnershipId(), challengeIds[k], receivedOn, "Response received", area.bench()});
                }
                if (closedOn != null) {
                    steps.add(new Object[] {area.partnershipId(), challengeIds[k], closedOn, "Closed with its outcome and impact", area.bench()});
                }
                rows.add(CHALLENGE, challengeIds[k], area.partnershipId(), raisedBy,
                        toGroup ? null : organisations.get(random.nextInt(organisations.size())),
                        toGroup ? challengeable.get(random.nextInt(challengeable.size())).id() : null, raisedOn,
                        THEMES[random.nextInt(THEMES.length)], fill(QUESTIONS[random.nextInt(QUESTIONS.length)], random), stage, due,
                        answered ? fill("%A set out what has changed and shared the evidence on %T.", random) : null, receivedOn,
                        closedOn == null ? null : "The board was assured by the response", closedOn == null ? null
                                : "Practice changed: " + TOPICS[random.nextInt(TOPICS.length)] + " is now audited each quarter", closedOn);
                steps.forEach(step -> rows.add(CHALLENGE_STEP, step));
            }
        }
    }

    private static int between(int min, int max, Random random) {
        return min + random.nextInt(max - min + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String lines(String[] from, int count, Random random) {
        var out = new StringBuilder();
        int start = random.nextInt(from.length);
        for (int k = 0; k < count; k++) {
            out.append(k == 0 ? "" : "\n").append(fill(from[(start + k) % from.length], random));
        }
        return out.toString();
    }

    private static String fill(String template, Random random) {
        var out = template.replace("%T", TOPICS[random.nextInt(TOPICS.length)])
                .replace("%A", AGENCIES[random.nextInt(AGENCIES.length)])
                .replace("%C", String.valueOf(12 + random.nextInt(200)));
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}

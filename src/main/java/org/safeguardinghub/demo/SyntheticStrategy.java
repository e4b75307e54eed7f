package org.safeguardinghub.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private final SyntheticData data;

    public SyntheticStrategy(JdbcTemplate jdbc, SyntheticData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    private record Grp(long id, String kind, boolean confidential, boolean open, List<Long> members) {
    }

    /** Adds the plans, registers and logs to the partnerships {@link SyntheticData#fill} made, in one transaction. */
    @Transactional
    public Filled fill(Strategy strategy) {
        long started = System.nanoTime();
        var random = new Random(SEED);
        var today = LocalDate.now(ZoneOffset.UTC);
        var now = today.atTime(9, 0).atOffset(ZoneOffset.UTC);
        int businessYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int currentQuarter = (today.getMonthValue() + 8) % 12 / 3 + 1; // April to June is quarter 1
        var partnerships = jdbc.queryForList("select id from partnership where slug like 'synthetic-%' order by slug", Long.class);
        if (partnerships.isEmpty()) {
            throw new IllegalStateException("Fill the synthetic partnerships first");
        }
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
        var organisationsOf = new HashMap<Long, List<Long>>();
        jdbc.query("select partnership_id, organisation_id from partnership_organisation where left_on is null order by id",
                row -> {
                    organisationsOf.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2));
                });

        int p = partnerships.size();
        long[] planIds = data.ids("strategic_plan", p);
        long[] businessPlanIds = data.ids("business_plan", p);
        var planRows = new ArrayList<Object[]>();
        var businessPlanRows = new ArrayList<Object[]>();
        var priorityRows = new ArrayList<Object[]>();
        var measureRows = new ArrayList<Object[]>();
        var activityRows = new ArrayList<Object[]>();
        var updateRows = new ArrayList<Object[]>();
        var riskRows = new ArrayList<Object[]>();
        var ratingRows = new ArrayList<Object[]>();
        var challengeRows = new ArrayList<Object[]>();
        var stepRows = new ArrayList<Object[]>();
        int confidentialActivities = 0;
        for (int i = 0; i < p; i++) {
            long partnershipId = partnerships.get(i);
            var bench = SyntheticData.username(i + 1);
            var groups = groupsOf.get(partnershipId);
            var open = groups.stream().filter(Grp::open).toList();
            var organisations = organisationsOf.getOrDefault(partnershipId, List.of());

            planRows.add(new Object[] {planIds[i], partnershipId, "Safeguarding children strategic plan " + (businessYear - 1)
                    + " to " + (businessYear + 2), businessYear - 1, businessYear + 2,
                    "Children and young people in our area grow up safe, seen and heard",
                    "Hold partners to account for safeguarding\nLearn from local and national reviews\n"
                            + "Make sure multi-agency training is available\nListen to children and families"});
            businessPlanRows.add(new Object[] {businessPlanIds[i], partnershipId, planIds[i], businessYear});

            int priorityCount = 3 + random.nextInt(3);
            long[] priorityIds = data.ids("plan_priority", priorityCount);
            int first = random.nextInt(PRIORITIES.length);
            for (int k = 0; k < priorityCount; k++) {
                var chosen = PRIORITIES[(first + k) % PRIORITIES.length];
                priorityRows.add(new Object[] {priorityIds[k], partnershipId, planIds[i], k + 1, chosen[0], chosen[1],
                        lines(HOW, 3 + random.nextInt(3), random), lines(SUCCESS, 2 + random.nextInt(2), random),
                        random.nextInt(100) < 15 ? "the Community Safety Partnership" : null});
                int measures = 2 + random.nextInt(3);
                int from = random.nextInt(MEASURES.length);
                for (int m = 0; m < measures; m++) {
                    measureRows.add(new Object[] {partnershipId, priorityIds[k], m + 1, MEASURES[(from + m) % MEASURES.length]});
                }
            }

            // The business plan: activities spread over the groups still meeting, most with a named owner.
            int activities = between(strategy.minActivities(), strategy.maxActivities(), random);
            long[] activityIds = data.ids("plan_activity", activities);
            for (int k = 0; k < activities; k++) {
                var group = open.get(random.nextInt(open.size()));
                confidentialActivities += group.confidential() ? 1 : 0;
                Long owner = group.members().isEmpty() || random.nextInt(100) < 10 ? null
                        : group.members().get(random.nextInt(group.members().size()));
                var dueOn = random.nextInt(100) < 15 ? null
                        : LocalDate.of(businessYear, 4, 1).plusDays(30 + random.nextInt(330));
                activityRows.add(new Object[] {activityIds[k], partnershipId, businessPlanIds[i],
                        random.nextInt(100) < 90 ? priorityIds[random.nextInt(priorityCount)] : null,
                        fill(ACTIVITIES[random.nextInt(ACTIVITIES.length)], random), group.id(), owner, dueOn});
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
                    updateRows.add(new Object[] {partnershipId, activityIds[k], q, rag,
                            fill(NARRATIVES[random.nextInt(NARRATIVES.length)], random),
                            random.nextInt(100) < 40 ? "Minutes of the " + (group.kind().equals("BOARD") ? "board" : "group")
                                    + " and the training register" : null,
                            bench, written.toString(), reviewed ? bench : null,
                            reviewed ? written.plusDays(20 + random.nextInt(20)).toString() : null,
                            reviewed && random.nextInt(100) < 30 ? "Noted by the executive" : null});
                }
            }

            // The risk register: the board's, the executive's and the subgroups'.
            var registers = groups.stream().filter(g -> g.open() && !g.kind().equals("REFERENCE")).toList();
            var board = groups.stream().filter(g -> g.kind().equals("BOARD")).findFirst().orElse(groups.getFirst());
            int risks = between(strategy.minRisks(), strategy.maxRisks(), random);
            long[] riskIds = data.ids("risk", risks);
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
                riskRows.add(new Object[] {riskIds[k], partnershipId, group.id(), fill(RISKS[random.nextInt(RISKS.length)], random),
                        "Pressures on " + AGENCIES[random.nextInt(AGENCIES.length)], "Children are not protected from "
                                + TOPICS[random.nextInt(TOPICS.length)], random.nextInt(100) < 60 ? priorityIds[random.nextInt(priorityCount)] : null,
                        group.members().isEmpty() ? null : group.members().get(random.nextInt(group.members().size())),
                        "Quarterly assurance reports; multi-agency audit", il, ii, cl, ci, tl, ti, null, appetite, reviewOn,
                        escalated ? board.id() : null, escalated ? today.minusDays(random.nextInt(90)) : null,
                        escalated ? "The subgroup cannot reduce the risk on its own" : null, closed});
                // The history: the first rating, then each change down to the current one.
                int history = 1 + random.nextInt(4);
                for (int h = 0; h < history; h++) {
                    var last = h == history - 1;
                    int hl = last ? cl : Math.min(5, cl + (history - 1 - h)), hi = last ? ci : Math.max(ci, Math.min(5, ci + random.nextInt(2)));
                    ratingRows.add(new Object[] {partnershipId, riskIds[k], raised.plusDays(h * 90L), bench, il, ii, hl, hi, tl, ti,
                            h == 0 ? "First rated" : "Reviewed at the " + (random.nextBoolean() ? "executive" : "subgroup")});
                }
            }

            // The challenge log: put to organisations mostly, sometimes to a group; some escalated, many closed.
            int challenges = between(strategy.minChallenges(), strategy.maxChallenges(), random);
            long[] challengeIds = data.ids("challenge", challenges);
            var challengeable = groups.stream().filter(g -> !g.confidential()).toList();
            for (int k = 0; k < challenges; k++) {
                var toGroup = organisations.isEmpty() || random.nextInt(100) < 25;
                var raisedOn = today.minusDays(random.nextInt(2 * 365));
                var raisedBy = new String[] {"BOARD", "CHAIR", "SCRUTINEER", "GROUP"}[random.nextInt(4)];
                int stage = 1;
                var due = raisedOn.plusDays(28);
                var steps = new ArrayList<Object[]>();
                steps.add(new Object[] {partnershipId, challengeIds[k], raisedOn, "Raised; response due " + due, bench});
                while (stage < 3 && due.isBefore(today) && random.nextInt(100) < 30) {
                    stage++;
                    var on = due.plusDays(1 + random.nextInt(7));
                    due = on.plusDays(14);
                    steps.add(new Object[] {partnershipId, challengeIds[k], on, "Escalated to stage " + stage + "; response due " + due, bench});
                }
                var answered = due.isBefore(today.plusDays(14)) && random.nextInt(100) < 75;
                var receivedOn = answered ? min(due.plusDays(random.nextInt(20) - 10), today) : null;
                if (receivedOn != null && receivedOn.isBefore(raisedOn)) {
                    receivedOn = raisedOn;
                }
                var closedOn = answered && random.nextInt(100) < 70 ? min(receivedOn.plusDays(random.nextInt(40)), today) : null;
                if (answered) {
                    steps.add(new Object[] {partnershipId, challengeIds[k], receivedOn, "Response received", bench});
                }
                if (closedOn != null) {
                    steps.add(new Object[] {partnershipId, challengeIds[k], closedOn, "Closed with its outcome and impact", bench});
                }
                challengeRows.add(new Object[] {challengeIds[k], partnershipId, raisedBy,
                        toGroup ? null : organisations.get(random.nextInt(organisations.size())),
                        toGroup ? challengeable.get(random.nextInt(challengeable.size())).id() : null, raisedOn,
                        THEMES[random.nextInt(THEMES.length)], fill(QUESTIONS[random.nextInt(QUESTIONS.length)], random), stage, due,
                        answered ? fill("%A set out what has changed and shared the evidence on %T.", random) : null, receivedOn,
                        closedOn == null ? null : "The board was assured by the response", closedOn == null ? null
                                : "Practice changed: " + TOPICS[random.nextInt(TOPICS.length)] + " is now audited each quarter", closedOn});
                stepRows.addAll(steps);
            }
        }
        data.insert("strategic_plan", "id, partnership_id, title, starts_year, ends_year, vision, core_business",
                "bigint, bigint, text, integer, integer, text, text", planRows);
        data.insert("plan_priority", "id, partnership_id, plan_id, position, title, objective, how_we_will, success_statements, shared_with",
                "bigint, bigint, bigint, integer, text, text, text, text, text", priorityRows);
        data.insert("success_measure", "partnership_id, priority_id, position, description", "bigint, bigint, integer, text",
                measureRows);
        data.insert("business_plan", "id, partnership_id, strategic_plan_id, starts_year", "bigint, bigint, bigint, integer",
                businessPlanRows);
        data.insert("plan_activity", "id, partnership_id, business_plan_id, priority_id, description, owner_group_id, owner_person_id, due_on",
                "bigint, bigint, bigint, bigint, text, bigint, bigint, date", activityRows);
        data.insert("progress_update", "partnership_id, activity_id, quarter, rag, narrative, evidence, written_by, written_at, reviewed_by, reviewed_at, review_comment",
                "bigint, bigint, integer, text, text, text, text, timestamptz, text, timestamptz, text", updateRows);
        data.insert("risk", "id, partnership_id, group_id, title, cause, consequence, priority_id, owner_person_id, controls, "
                + "inherent_likelihood, inherent_impact, current_likelihood, current_impact, target_likelihood, target_impact, "
                + "target_reason, appetite, review_on, escalated_to_group_id, escalated_on, escalation_reason, closed_on",
                "bigint, bigint, bigint, text, text, text, bigint, bigint, text, integer, integer, integer, integer, integer, integer, "
                        + "text, text, date, bigint, date, text, date", riskRows);
        data.insert("risk_rating", "partnership_id, risk_id, rated_on, rated_by, inherent_likelihood, inherent_impact, "
                + "current_likelihood, current_impact, target_likelihood, target_impact, reason",
                "bigint, bigint, date, text, integer, integer, integer, integer, integer, integer, text", ratingRows);
        data.insert("challenge", "id, partnership_id, raised_by, to_organisation_id, to_group_id, raised_on, theme, question, stage, "
                + "response_due_on, response, response_received_on, outcome, impact, closed_on",
                "bigint, bigint, text, bigint, bigint, date, text, text, integer, date, text, date, text, text, date", challengeRows);
        data.insert("challenge_step", "partnership_id, challenge_id, happened_on, what, written_by", "bigint, bigint, date, text, text",
                stepRows);
        jdbc.execute("analyze strategic_plan, plan_priority, success_measure, business_plan, plan_activity, progress_update, "
                + "risk, risk_rating, challenge, challenge_step");
        return new Filled(p, priorityRows.size(), measureRows.size(), p, activityRows.size(), confidentialActivities,
                updateRows.size(), riskRows.size(), ratingRows.size(), challengeRows.size(), stepRows.size(),
                (System.nanoTime() - started) / 1_000_000);
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

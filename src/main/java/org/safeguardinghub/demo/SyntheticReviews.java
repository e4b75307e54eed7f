package org.safeguardinghub.demo;

import static org.safeguardinghub.demo.BulkTable.ACTION;
import static org.safeguardinghub.demo.BulkTable.ACTION_OWNER;
import static org.safeguardinghub.demo.BulkTable.CASE_REFERRAL;
import static org.safeguardinghub.demo.BulkTable.CASE_REVIEW_SETTING;
import static org.safeguardinghub.demo.BulkTable.INCIDENT_NOTIFICATION;
import static org.safeguardinghub.demo.BulkTable.INFORMATION_REQUEST;
import static org.safeguardinghub.demo.BulkTable.LEARNING_FINDING;
import static org.safeguardinghub.demo.BulkTable.LEARNING_FINDING_THEME;
import static org.safeguardinghub.demo.BulkTable.PARTNERSHIP_GROUP;
import static org.safeguardinghub.demo.BulkTable.PRACTICE_REVIEW;
import static org.safeguardinghub.demo.BulkTable.PRACTICE_REVIEW_MILESTONE;
import static org.safeguardinghub.demo.BulkTable.PRACTICE_REVIEW_REPORT;
import static org.safeguardinghub.demo.BulkTable.RAPID_REVIEW;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.safeguardinghub.learning.LearningSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds case reviews and their learning to the synthetic partnerships of {@link SyntheticData}: for
 * each partnership, over the last six years, referrals (most triaged, one or two waiting), serious
 * incident notifications (now and then a recent one with the national Panel not yet told), rapid
 * reviews at every stage with their requests for information from agencies (some overdue), local
 * child safeguarding practice reviews for the rapid reviews the partners decided should have one
 * (with milestones, report versions, and publication after the report went to the Panel and the
 * Secretary of State), reviews from elsewhere (national, domestic homicide, safeguarding adult, MAPPA,
 * another area's), and the learning findings of all of them tagged with the partnership's themes, with
 * their actions on the tracker (older ones mostly closed, so themes come back after their actions
 * closed; a review is closed only when every action of its findings is, and every recommendation has
 * an action owned by an organisation, as the reviews and learning modules require). Each
 * partnership's joint case review group is the one already chosen, else its "Child Safeguarding
 * Practice Review Group" or first other confidential group, else one made for it. Dates are relative
 * to the day it runs; everything else comes from a fixed seed.
 *
 * <p>Like {@link SyntheticData}, <strong>it writes with bulk inserts that bypass the audit trail and
 * every rule of the services</strong>. Benchmark data only; never run it against a live database.
 * The children are named only by invented case references ("SYN-4821") and pseudonyms ("Child K").
 */
@Component
public class SyntheticReviews {

    private static final long SEED = 20261124L;
    private static final int FLUSH_AT = 10_000;
    private static final String JOINT_CASE_REVIEW_GROUP = "Child Safeguarding Practice Review Group";

    /**
     * How much to make for each synthetic partnership, on average (each partnership gets between
     * three quarters and one and a quarter of it): reviews (rapid reviews, local practice reviews and
     * reviews from elsewhere together) and learning findings.
     */
    public record Reviews(int reviews, int findings) {

        /** About 20 reviews and 200 findings a partnership: 3,000 reviews and 30,000 findings for 150. */
        public static final Reviews NATIONAL = new Reviews(20, 200);

        public Reviews {
            if (reviews < 4) {
                throw new IllegalArgumentException("reviews must be at least 4 per partnership");
            }
            if (findings < reviews) {
                throw new IllegalArgumentException("findings must be at least one per review");
            }
        }
    }

    /** What {@link #fill} added. */
    public record Filled(int partnerships, int referrals, int untriagedReferrals, int notifications, int notYetNotified,
            int rapidReviews, int openRapidReviews, int informationRequests, int overdueRequests, int practiceReviews,
            int localReviews, int publishedLocalReviews, int openPracticeReviews, int milestones, int reports,
            int findings, int themeTags, int actions, int closedActions, int owners, int updates, int groupsMade,
            long millis) {

        /** Rapid reviews and practice reviews (local and from elsewhere) together. */
        public int reviews() {
            return rapidReviews + practiceReviews;
        }
    }

    private static final String[] AGE_BANDS = {"UNBORN_OR_UNDER_1", "UNBORN_OR_UNDER_1", "UNBORN_OR_UNDER_1",
        "AGED_1_TO_4", "AGED_1_TO_4", "AGED_5_TO_10", "AGED_11_TO_15", "AGED_11_TO_15", "AGED_11_TO_15", "AGED_16_TO_17"};
    private static final String[] INCIDENTS = {
        "The baby was admitted to hospital with a head injury that the parents could not explain.",
        "The child died unexpectedly at home; the circumstances of the sleeping arrangements are being looked at.",
        "The young person was seriously injured in a stabbing while missing from home.",
        "The child was found with bruising and fractures of different ages.",
        "The young person took an overdose after a period of self-harm known to several agencies.",
        "The child was seriously harmed by an adult in the household.",
        "The young person died after being exploited to carry drugs between areas.",
        "The child was admitted to hospital severely malnourished.",
        "The baby suffered a serious injury while the mother's partner was caring for them.",
        "The child disclosed sexual abuse over a number of years by a family member."};
    private static final String[] AGENCIES_INVOLVED = {"Children's social care, health visiting, the GP and the police",
        "The school, CAMHS, the youth justice service and children's social care",
        "Midwifery, health visiting, adult mental health services and the police",
        "Early help, the school nursing service, housing and the police",
        "The GP, the emergency department, children's social care and probation",
        "The school, the police, children's social care and the voluntary sector"};
    private static final String[] WHY_CRITERIA = {
        "Abuse or neglect is known or suspected and the child has been seriously harmed.",
        "The child has died and abuse or neglect is known or suspected.",
        "The young person was seriously harmed and agencies had concerns about exploitation beforehand.",
        "There may be learning about how agencies worked together."};
    private static final String[] OTHER_ROUTE_REASONS = {
        "Does not meet the criteria for notification; the learning will be taken through a multi-agency case audit.",
        "Does not meet the criteria; the Learning and Improvement Subgroup will hold a learning review.",
        "Harm was not serious enough to notify; the partners agreed a practitioner learning event."};
    private static final String[] NO_ACTION_REASONS = {
        "Does not meet the criteria; the single-agency review already under way covers the learning.",
        "No evidence that abuse or neglect contributed to the harm; no further action by the partnership.",
        "The case has already been notified by the neighbouring partnership, which is leading the review."};
    private static final Map<String, String> ROUTE_REASONS = Map.of(
            "LOCAL_PRACTICE_REVIEW", "The case raises issues of importance locally and the learning needs a fuller review than the rapid review allowed.",
            "NO_LOCAL_REVIEW", "The rapid review identified the learning; agencies' actions will address it without a further review.",
            "NATIONAL_REVIEW", "The case raises issues that are complex or of national importance.",
            "OTHER_LEARNING", "The learning is best taken forward through a thematic multi-agency audit and practitioner events.");
    private static final String[] SCRUTINY = {
        "The independent scrutineer agreed that the rapid review identified the key learning and the recommendation follows from it.",
        "The scrutineer challenged the partners on the health input and was assured by the designated nurse's response.",
        "The scrutineer agreed the recommendation and asked that the family's views be sought."};
    private static final String[] PANEL_RESPONSES = {
        "The Panel agreed with the partnership's decision and thanked it for a thorough rapid review.",
        "The Panel agreed, and asked the partnership to share the learning about professional curiosity.",
        "The Panel agreed with the decision; it asked to see the local review's terms of reference.",
        "The Panel was satisfied that the learning had been identified and that no further review is needed."};
    private static final String[] INVOLVEMENT = {"The agency knew the family for %N years; contacts were mostly about health appointments.",
        "The agency had %N contacts with the family in the year before the incident.",
        "The agency was involved only briefly, after a referral from the school.",
        "The agency supported the mother through %N episodes of care."};
    private static final String[] ANALYSIS = {"Practitioners did not always share what they knew with other agencies.",
        "Assessments focused on the parents' engagement rather than on the child's experience.",
        "Records show the concerns were recognised but not escalated.",
        "Contact was good, but the father was not included in any assessment."};
    private static final String[] REQUEST_LEARNING = {"Supervision should prompt practitioners to ask who else lives in the home.",
        "The agency will remind staff of the escalation policy.", "Training on cumulative harm will be refreshed.",
        "The agency will audit how it records the child's voice."};
    private static final String[] REVIEWERS = {"Independent reviewer, Wren Associates", "Independent reviewer, Thistle Practice Reviews",
        "Independent reviewer, Marchbank Consulting", "Independent reviewer, Fairweather Safeguarding", "Independent reviewer, Oakley Reviews"};
    private static final String[] FAMILY_INVOLVEMENT = {"The child's mother met the reviewer twice; the father declined to take part.",
        "The family were told about the review and chose not to take part.",
        "The grandparents contributed to the review; the parents did not respond.",
        "The young person's mother met the reviewer and read the draft report."};
    /** The usual steps of a local review and the weeks after the decision each is due, as the reviews module sets them. */
    private static final String[][] MILESTONES = {{"Terms of reference agreed and reviewer appointed", "4"},
        {"Family invited to contribute", "6"}, {"Agency information and chronologies received", "10"},
        {"Practitioner learning event held", "14"}, {"Draft report to the review panel", "20"}};
    private static final String FINAL_MILESTONE = "Final report to the partners";
    private static final String[] NATIONAL_REVIEWS = {"safeguarding children at risk from criminal exploitation",
        "the safeguarding of disabled children in residential settings", "sudden unexpected infant deaths",
        "child protection in England", "safeguarding children under one from non-accidental injury",
        "children experiencing harm outside the home"};
    private static final String[] AGENCIES = {"children's social care", "the police", "health colleagues",
        "the integrated care board", "schools", "probation", "the youth justice service", "the voluntary sector",
        "housing", "adult mental health services", "early help", "CAMHS", "the health visiting service", "the GP"};

    /** What reviews find, by the nationally recurring themes the learning register is seeded with. */
    private static final Map<String, String[]> FINDINGS = Map.ofEntries(
            Map.entry("information sharing", new String[] {
                "Information held by %A was not shared with %B before decisions were made about the child.",
                "Agencies each held part of the picture, and no one brought it together."}),
            Map.entry("professional curiosity", new String[] {
                "Practitioners accepted the parents' explanations without checking them with other agencies.",
                "Practitioners did not ask who else lived in or visited the home."}),
            Map.entry("voice of the child", new String[] {
                "The child's own account of what was happening at home was not recorded or acted on.",
                "Plans described what the adults wanted; the child's wishes and feelings were not sought."}),
            Map.entry("unseen men and fathers", new String[] {
                "The father and the mother's new partner were not assessed, although both were often in the home.",
                "Agencies did not know about a male carer's history of violence."}),
            Map.entry("cumulative harm and neglect", new String[] {
                "Each incident was seen on its own; the cumulative effect of neglect over %N years was not recognised.",
                "Repeatedly missed health appointments were not seen as a sign of neglect."}),
            Map.entry("risk assessment", new String[] {
                "The risk assessment was not updated when the family's circumstances changed.",
                "Risk was judged on the parents' engagement rather than on what changed for the child."}),
            Map.entry("escalation and professional challenge", new String[] {
                "Practitioners disagreed with the decision to close the case but did not use the escalation policy.",
                "Concerns raised by %A were not escalated when no response came."}),
            Map.entry("domestic abuse", new String[] {
                "Police call-outs for domestic abuse were not linked to the children in the household.",
                "The effect of domestic abuse on the baby was not considered in the assessment."}),
            Map.entry("parental mental health", new String[] {
                "Adult mental health services did not consider the parent's care of the child.",
                "A deterioration in the parent's mental health was not shared with %B."}),
            Map.entry("parental substance misuse", new String[] {
                "The parents' drug use was known to adult services, but its effect on the children was not assessed.",
                "Safe storage of medication and substances was not discussed with the family."}),
            Map.entry("exploitation", new String[] {
                "Repeated missing episodes were not recognised as signs of criminal exploitation.",
                "The young person was treated as an offender rather than as a child at risk of exploitation."}),
            Map.entry("online harm", new String[] {
                "Concerns about contact with adults online were not shared between the school and the police.",
                "Practitioners lacked confidence in talking about online harm with the young person."}),
            Map.entry("non-accidental injury in babies", new String[] {
                "Bruising in a non-mobile baby was not referred in line with the partnership's protocol.",
                "Safer sleep advice was not revisited when the baby's circumstances changed."}),
            Map.entry("disabled children", new String[] {
                "The child's communication needs meant their views were not heard.",
                "Signs of harm were put down to the child's disability without further enquiry."}),
            Map.entry("transition to adulthood", new String[] {
                "Support for the young person stopped at eighteen with no plan for what came next.",
                "Children's and adults' services did not plan the young person's transition together."}));
    private static final String[] OTHER_FINDINGS = {"Practice on %T did not follow the partnership's procedures.",
        "Practitioners were unsure what was expected of them about %T."};
    private static final String[] RECOMMENDATIONS = {
        "The partnership should seek assurance from all agencies that the learning on %T is embedded in practice.",
        "Multi-agency training on %T should be revised to include the learning from this review.",
        "%A should audit how practitioners respond to %T and report the findings to the partnership.",
        "The partnership's procedure on %T should be updated and promoted through a seven-minute briefing.",
        "Agencies should include %T in supervision and report on it in their section 11 returns."};
    private static final String[] ACTIONS = {"Deliver a seven-minute briefing on %T to all agencies",
        "Update the multi-agency procedure on %T", "Audit a sample of cases for %T and report to the subgroup",
        "Include the learning on %T in the next multi-agency training", "Confirm with %A that the learning on %T has reached front-line staff",
        "Add a prompt about %T to the supervision template"};
    private static final String[] UPDATES = {"Draft circulated to members for comment.", "Briefing sent to designated safeguarding leads.",
        "Delayed because of staff absence; a new date has been agreed.", "Completed and shared with members.",
        "Awaiting sign-off by %A.", "Partly done: %A still to respond."};

    private final JdbcTemplate jdbc;
    private final TableWriter writer;

    SyntheticReviews(JdbcTemplate jdbc, TableWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    private record Grp(long id, String name, String kind, boolean confidential, boolean open, List<Long> members) {
    }

    private record Theme(long id, String name) {
    }

    /**
     * A source of learning findings: a rapid review, a local practice review or a review from elsewhere.
     * A review that is to be closed ({@code closeOn}) has every action of its findings closed by then,
     * as the reviews module requires before it closes one; its row is finished once they are made.
     */
    private record Source(String type, String reference, Long sourceId, LocalDate on, boolean confidential, double weight,
            LocalDate closeOn, Object[] review) {
    }

    /** A row that waits for its practice review's row, which goes in once it is known whether the review closes. */
    private record ReviewChild(BulkTable table, Object[] row) {
    }

    /** Where a practice review row keeps its closing date and who closed it. */
    private static final int REVIEW_CLOSED_ON = PRACTICE_REVIEW.columns().indexOf("closed_on");
    private static final int REVIEW_CLOSED_BY = PRACTICE_REVIEW.columns().indexOf("closed_by");

    /**
     * A synthetic partnership as this generator fills it: what it has already, and the sources of findings
     * and practice review rows gathered as its reviews are made.
     */
    private record Area(int index, long partnershipId, String area, String neighbour, String bench, List<Grp> groups,
            List<Long> organisations, List<Theme> themes, Grp reviewGroup, Grp learningGroup, Grp board,
            List<Source> sources, List<Object[]> reviews, List<ReviewChild> reviewChildren) {
    }

    /** Ids from a table's identity sequence, fetched a block at a time; ids left unused are gaps, nothing more. */
    private final class Ids {
        final Map<BulkTable, long[]> blocks = new EnumMap<>(BulkTable.class);
        final Map<BulkTable, Integer> used = new EnumMap<>(BulkTable.class);

        long next(BulkTable table) {
            var block = blocks.get(table);
            int n = used.getOrDefault(table, 0);
            if (block == null || n == block.length) {
                block = writer.ids(table, 500);
                blocks.put(table, block);
                n = 0;
            }
            used.put(table, n + 1);
            return block[n];
        }
    }

    /** Adds the case reviews and learning to the partnerships {@link SyntheticData#fill} made, in one transaction. */
    @Transactional
    public Filled fill(Reviews size) {
        long started = System.nanoTime();
        var today = LocalDate.now(ZoneOffset.UTC);
        var partnerships = jdbc.queryForList("select id, name, coalesce(area, name) as area from partnership "
                + "where slug like 'synthetic-%' order by slug");
        if (partnerships.isEmpty()) {
            throw new IllegalStateException("Fill the synthetic partnerships first");
        }
        var groupById = new HashMap<Long, Grp>();
        var groupsOf = groups(today, groupById);
        var organisationsOf = organisations();
        var themesOf = themes();
        var settings = new HashMap<Long, Long>();
        jdbc.query("select partnership_id, review_group_id from case_review_setting", row -> {
            settings.put(row.getLong(1), row.getLong(2));
        });
        var run = new Run(size, writer.rows(), today);
        int p = partnerships.size();
        for (int i = 0; i < p; i++) {
            long partnershipId = ((Number) partnerships.get(i).get("id")).longValue();
            var groups = groupsOf.getOrDefault(partnershipId, new ArrayList<>());
            var themes = new ArrayList<>(themesOf.getOrDefault(partnershipId, List.of()));
            // Some themes come up far more often than others, and which ones differs between partnerships.
            Collections.shuffle(themes, run.random);
            var reviewGroup = run.reviewGroup(partnershipId, groups, settings.containsKey(partnershipId),
                    groupById.get(settings.get(partnershipId)));
            var area = new Area(i, partnershipId, (String) partnerships.get(i).get("area"),
                    (String) partnerships.get((i + 1) % p).get("name"), SyntheticData.username(i + 1), groups,
                    organisationsOf.getOrDefault(partnershipId, List.of()), themes, reviewGroup,
                    groups.stream().filter(g -> !g.confidential() && g.open() && g.name().startsWith("Learning and Improvement"))
                            .findFirst().orElse(null),
                    groups.isEmpty() ? reviewGroup : groups.getFirst(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            run.partnership(area);
        }
        var rows = run.rows;
        rows.flush();
        jdbc.execute("analyze partnership_group, case_review_setting, case_referral, incident_notification, rapid_review, "
                + "information_request, practice_review, practice_review_milestone, practice_review_report, learning_finding, "
                + "learning_finding_theme, action, action_owner, action_update");
        return new Filled(p, rows.added(CASE_REFERRAL), run.untriaged, rows.added(INCIDENT_NOTIFICATION), run.notYetNotified,
                rows.added(RAPID_REVIEW), run.openRapidReviews, rows.added(INFORMATION_REQUEST), run.overdueRequests,
                rows.added(PRACTICE_REVIEW), run.localReviews, run.published, run.openPractice,
                rows.added(PRACTICE_REVIEW_MILESTONE), rows.added(PRACTICE_REVIEW_REPORT), rows.added(LEARNING_FINDING),
                rows.added(LEARNING_FINDING_THEME), rows.added(ACTION), run.closedActions, rows.added(ACTION_OWNER), run.updates,
                rows.added(PARTNERSHIP_GROUP), (System.nanoTime() - started) / 1_000_000);
    }

    /** The synthetic partnerships' groups by partnership, with their current members. */
    private Map<Long, List<Grp>> groups(LocalDate today, Map<Long, Grp> groupById) {
        var groupsOf = new TreeMap<Long, List<Grp>>();
        jdbc.query("""
                select g.id, g.partnership_id, g.name, g.kind, g.confidential, g.ends_on from partnership_group g
                join partnership p on p.id = g.partnership_id where p.slug like 'synthetic-%' order by g.id""", row -> {
            var endsOn = row.getObject("ends_on", LocalDate.class);
            var g = new Grp(row.getLong("id"), row.getString("name"), row.getString("kind"), row.getBoolean("confidential"),
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

    /** Each partnership's learning themes. */
    private Map<Long, List<Theme>> themes() {
        var themesOf = new HashMap<Long, List<Theme>>();
        jdbc.query("select id, partnership_id, name from learning_theme order by id", row -> {
            themesOf.computeIfAbsent(row.getLong("partnership_id"), k -> new ArrayList<>())
                    .add(new Theme(row.getLong("id"), row.getString("name")));
        });
        return themesOf;
    }

    /** One fill, stage by stage; each stage draws from the one seeded random sequence in a fixed order. */
    private final class Run {
        final Reviews size;
        final BulkRows rows;
        final Random random = new Random(SEED);
        final LocalDate today;
        final LocalDate first;
        final Ids ids = new Ids();
        int untriaged, notYetNotified, openRapidReviews, overdueRequests, localReviews, published, openPractice;
        int closedActions, updates;

        Run(Reviews size, BulkRows rows, LocalDate today) {
            this.size = size;
            this.rows = rows;
            this.today = today;
            this.first = today.minusYears(6);
        }

        /** The joint case review group: the one already chosen, or the first confidential group, or a new one. */
        Grp reviewGroup(long partnershipId, List<Grp> groups, boolean hasSetting, Grp chosen) {
            var reviewGroup = chosen;
            if (reviewGroup == null) {
                reviewGroup = groups.stream().filter(g -> g.confidential() && g.open() && g.name().equals(JOINT_CASE_REVIEW_GROUP))
                        .findFirst().orElse(groups.stream().filter(g -> g.confidential() && g.open()).findFirst().orElse(null));
            }
            if (reviewGroup == null) {
                var parent = groups.stream().filter(g -> g.kind().equals("EXECUTIVE")).findFirst()
                        .orElse(groups.isEmpty() ? null : groups.getFirst());
                reviewGroup = new Grp(ids.next(PARTNERSHIP_GROUP), JOINT_CASE_REVIEW_GROUP, "SUBGROUP", true, true, List.of());
                rows.add(PARTNERSHIP_GROUP, reviewGroup.id(), partnershipId, parent == null ? null : parent.id(), reviewGroup.name(),
                        "SUBGROUP", "Reviews serious incidents; discusses individual children", "Monthly", true, null);
                groups.add(reviewGroup);
            }
            if (!hasSetting) {
                rows.add(CASE_REVIEW_SETTING, partnershipId, reviewGroup.id());
            }
            return reviewGroup;
        }

        /** Everything for one partnership, in the order its random draws have always been made. */
        void partnership(Area area) {
            int target = between(size.reviews() * 3 / 4, size.reviews() * 5 / 4, random);
            int rapidCount = Math.max(3, Math.round(target * 0.62f));
            int openCount = Math.min(rapidCount - 1, 2 + random.nextInt(2));
            rapidReviews(area, rapidCount, openCount);
            notificationsNotYetReviewed(area);
            referralsThatWentAnotherWay(area, rapidCount);
            reviewsFromElsewhere(area, Math.max(2, target - rapidCount - area.reviews().size()));
            findings(area);
            closeReviews(area);
        }

        /**
         * Rapid reviews, each from a notification, most from an accepted referral. The closed ones are
         * spread over six years (the latest two more often decided for a local review, so each
         * partnership has local reviews under way); the open ones are at every stage.
         */
        private void rapidReviews(Area area, int rapidCount, int openCount) {
            var starts = new ArrayList<LocalDate>();
            int closedCount = rapidCount - openCount;
            for (int k = 0; k < closedCount; k++) {
                starts.add(k >= closedCount - 2 ? today.minusDays(70 + random.nextInt(260))
                        : first.plusDays(random.nextInt((int) (today.minusDays(330).toEpochDay() - first.toEpochDay()))));
            }
            Collections.sort(starts);
            for (int k = 0; k < rapidCount; k++) {
                boolean open = k >= closedCount;
                rapidReview(area, open, open ? null : starts.get(k), !open && k >= closedCount - 2);
                rows.flushIfOver(FLUSH_AT);
            }
        }

        /**
         * One rapid review, open at any stage or closed ({@code startedOn} given) once the Panel responded,
         * with its notification, requests for information, and the local review if the partners decided on one.
         */
        private void rapidReview(Area area, boolean open, LocalDate startedOn, boolean recent) {
            int stage = open ? random.nextInt(5) : 5; // 0 gathering information ... 4 sent to the Panel, 5 Panel responded
            // The steps' days from the start; an open review started long enough ago to have reached its stage.
            int[] at = new int[6];
            at[1] = 10 + random.nextInt(9);
            at[2] = at[1] + 1 + random.nextInt(4);
            at[3] = at[2] + random.nextInt(4);
            at[4] = at[3] + random.nextInt(6);
            at[5] = at[4] + 14 + random.nextInt(47);
            var start = open ? today.minusDays((stage == 0 ? 0 : at[stage]) + random.nextInt(stage == 0 ? 23 : 8)) : startedOn;
            String decision = null;
            if (stage >= 3) {
                int roll = random.nextInt(100);
                decision = recent ? (roll < 75 ? "LOCAL_PRACTICE_REVIEW" : roll < 90 ? "NO_LOCAL_REVIEW" : "OTHER_LEARNING")
                        : roll < 22 ? "LOCAL_PRACTICE_REVIEW" : roll < 26 ? "NATIONAL_REVIEW" : roll < 56 ? "OTHER_LEARNING"
                                : "NO_LOCAL_REVIEW";
            }
            String recommendation = stage >= 1 ? (decision != null && random.nextInt(100) < 90 ? decision
                    : new String[] {"LOCAL_PRACTICE_REVIEW", "NO_LOCAL_REVIEW", "OTHER_LEARNING"}[random.nextInt(3)]) : null;
            var decidedOn = stage >= 3 ? min(start.plusDays(at[3]), today) : null;
            var sentOn = stage >= 4 ? min(start.plusDays(at[4]), today) : null;

            var child = child(random);
            long notificationId = referralAndNotification(area, child, start);
            long rapidId = ids.next(RAPID_REVIEW);
            rows.add(RAPID_REVIEW, rapidId, area.partnershipId(), notificationId, start, recommendation,
                    recommendation == null ? null : ROUTE_REASONS.get(recommendation), stage >= 1 ? min(start.plusDays(at[1]), today) : null,
                    stage >= 2 ? SCRUTINY[random.nextInt(SCRUTINY.length)] : null, stage >= 2 ? min(start.plusDays(at[2]), today) : null,
                    stage >= 2 ? area.bench() : null, decision, decision == null ? null : ROUTE_REASONS.get(decision), decidedOn, sentOn,
                    stage >= 5 ? PANEL_RESPONSES[random.nextInt(PANEL_RESPONSES.length)] : null,
                    stage >= 5 ? min(start.plusDays(at[5]), today) : null);
            openRapidReviews += open ? 1 : 0;
            informationRequests(area, rapidId, start, stage);

            // Learning: from the rapid review itself, unless a local review will report it.
            if (sentOn != null) {
                area.sources().add(new Source("RAPID_REVIEW", "RR" + rapidId, null, decidedOn, true,
                        decision.equals("LOCAL_PRACTICE_REVIEW") ? 0.3 : 1.0, null, null));
            }
            if ("LOCAL_PRACTICE_REVIEW".equals(decision)) {
                localReview(area, rapidId, child, decidedOn);
            }
        }

        /** The serious incident notification a rapid review starts from, and (most often) the referral it came from. */
        private long referralAndNotification(Area area, String[] child, LocalDate start) {
            var becameAware = start.minusDays(1 + random.nextInt(6));
            long referralId = 0;
            if (random.nextInt(100) < 85) {
                referralId = ids.next(CASE_REFERRAL);
                rows.add(CASE_REFERRAL, referralId, area.partnershipId(), becameAware, area.bench(), child[0], child[1], child[2],
                        child[3], AGENCIES_INVOLVED[random.nextInt(AGENCIES_INVOLVED.length)],
                        WHY_CRITERIA[random.nextInt(WHY_CRITERIA.length)], "SERIOUS_INCIDENT", "ACCEPTED_SERIOUS_INCIDENT",
                        "Meets the criteria for a serious incident notification.", min(becameAware.plusDays(random.nextInt(2)), start),
                        area.bench());
            }
            long notificationId = ids.next(INCIDENT_NOTIFICATION);
            rows.add(INCIDENT_NOTIFICATION, notificationId, area.partnershipId(), referralId == 0 ? null : referralId, child[0],
                    child[1], child[2], child[3], becameAware, start, min(becameAware.plusDays(random.nextInt(4)), today),
                    min(start.plusDays(random.nextInt(3)), today), area.bench());
            return notificationId;
        }

        /** The agencies asked for information: all answered once the review has moved on, some late while it gathers. */
        private void informationRequests(Area area, long rapidId, LocalDate start, int stage) {
            var asked = new ArrayList<>(area.organisations());
            Collections.shuffle(asked, random);
            int askedCount = Math.min(asked.size(), 3 + random.nextInt(4));
            for (int a = 0; a < askedCount; a++) {
                var requestedOn = min(start.plusDays(random.nextInt(2)), today);
                var dueOn = requestedOn.plusDays(7);
                var submittedOn = stage == 0 ? (random.nextInt(100) < 45 ? requestedOn.plusDays(2 + random.nextInt(7)) : null)
                        : stage < 5 && random.nextInt(100) < 8 ? null : requestedOn.plusDays(2 + random.nextInt(9));
                if (submittedOn != null && submittedOn.isAfter(today)) {
                    submittedOn = null;
                }
                LocalDate chasedOn = null;
                int chased = 0;
                if (submittedOn == null && dueOn.isBefore(today)) {
                    overdueRequests++;
                    if (random.nextInt(100) < 60) {
                        chased = 1 + random.nextInt(2);
                        chasedOn = min(dueOn.plusDays(1 + random.nextInt(3)), today);
                    }
                } else if (submittedOn != null && submittedOn.isAfter(dueOn) && random.nextInt(100) < 50) {
                    chased = 1;
                    chasedOn = dueOn.plusDays(1);
                }
                var submitted = submittedOn != null;
                rows.add(INFORMATION_REQUEST, area.partnershipId(), rapidId, asked.get(a), requestedOn, dueOn,
                        submitted ? fill(INVOLVEMENT[random.nextInt(INVOLVEMENT.length)], random) : null,
                        submitted ? ANALYSIS[random.nextInt(ANALYSIS.length)] : null,
                        submitted ? REQUEST_LEARNING[random.nextInt(REQUEST_LEARNING.length)] : null,
                        submitted ? "chronology.csv" : null, submitted ? "text/csv" : null,
                        submitted ? bytes("date,event\n" + requestedOn + ",synthetic chronology\n") : null,
                        submittedOn, submitted ? area.bench() : null, chasedOn, chased);
            }
        }

        /**
         * A local child safeguarding practice review, when the partners decided to hold one: named after
         * the child's pseudonym, reporting about six months after the decision, sent to the Panel and
         * the Secretary of State with its final report before it is published, closed once its actions are.
         */
        private void localReview(Area area, long rapidId, String[] child, LocalDate decidedOn) {
            long reviewId = ids.next(PRACTICE_REVIEW);
            localReviews++;
            var reference = "LCSPR" + reviewId;
            var age = today.toEpochDay() - decidedOn.toEpochDay();
            var reportDueOn = decidedOn.plusMonths(6);
            String publication = null;
            LocalDate toPanel = null, toSecretary = null, publishedOn = null, closeOn = null;
            boolean finished = age > 330 || age > 200 && random.nextInt(100) < 50;
            if (finished) {
                publication = random.nextInt(100) < 80 ? "PUBLISH" : "NOT_PUBLISH";
                toPanel = min(decidedOn.plusDays(160 + random.nextInt(70)), today);
                toSecretary = min(toPanel.plusDays(random.nextInt(6)), today);
                // At least seven working days after the later of the two: three weeks or more.
                var publishOn = toSecretary.plusDays(21 + random.nextInt(70));
                publishedOn = publication.equals("PUBLISH") && !publishOn.isAfter(today) ? publishOn : null;
                var settled = publication.equals("PUBLISH") ? publishedOn : toSecretary;
                var closing = settled == null ? null : settled.plusDays(30 + random.nextInt(180));
                closeOn = closing != null && !closing.isAfter(today) && random.nextInt(100) < 85 ? closing : null;
            }
            published += publishedOn != null ? 1 : 0;
            var review = new Object[] {reviewId, area.partnershipId(), "LOCAL_PRACTICE_REVIEW", rapidId, child[1], null,
                "A review of how agencies worked with " + child[1] + " and their family. " + child[3], decidedOn, reportDueOn,
                "How agencies recognised and responded to the risks to the child in the 18 months before the incident.",
                REVIEWERS[random.nextInt(REVIEWERS.length)],
                "Senior managers from children's social care, the police, health and education",
                FAMILY_INVOLVEMENT[random.nextInt(FAMILY_INVOLVEMENT.length)], publication,
                publication == null ? null : publication.equals("PUBLISH")
                        ? "Published with the family's agreement; details that could identify the siblings were taken out."
                        : "Publishing could identify the child's siblings; a summary of the learning was published instead.",
                toPanel, toSecretary, publishedOn,
                publishedOn == null ? null : "https://www.example.org/" + SyntheticData.slug(area.index() + 1) + "/reviews/"
                        + reference.toLowerCase(Locale.ROOT),
                null, null};
            area.reviews().add(review);
            milestones(area, reviewId, decidedOn, reportDueOn, finished ? toPanel : null);
            reports(area, reviewId, reference, decidedOn, finished ? toPanel : null);
            // Its findings, once its final report has gone to the Panel.
            if (finished) {
                area.sources().add(new Source("LOCAL_PRACTICE_REVIEW", reference, reviewId, toPanel, true, 2.0, closeOn, review));
            }
        }

        /** The usual steps of a local review and the final report; all done once the review went to the Panel ({@code toPanel}). */
        private void milestones(Area area, long reviewId, LocalDate decidedOn, LocalDate reportDueOn, LocalDate toPanel) {
            var steps = new ArrayList<String[]>(List.of(MILESTONES));
            steps.add(new String[] {FINAL_MILESTONE, null});
            for (var milestone : steps) {
                var dueOn = milestone[1] == null ? reportDueOn : decidedOn.plusWeeks(Integer.parseInt(milestone[1]));
                var doneOn = min(dueOn.plusDays(random.nextInt(22) - 7), toPanel != null ? toPanel : today);
                var done = toPanel != null || !dueOn.isAfter(today) && random.nextInt(100) < 80;
                area.reviewChildren().add(new ReviewChild(PRACTICE_REVIEW_MILESTONE, new Object[] {area.partnershipId(), reviewId,
                    milestone[0], dueOn, done ? (doneOn.isBefore(decidedOn) ? decidedOn : doneOn) : null}));
            }
        }

        /** The draft and final reports, as tiny stand-ins for the documents. */
        private void reports(Area area, long reviewId, String reference, LocalDate decidedOn, LocalDate toPanel) {
            var draftOn = decidedOn.plusDays(140 + random.nextInt(10));
            if (!draftOn.isAfter(today) && (toPanel != null || random.nextBoolean())) {
                area.reviewChildren().add(new ReviewChild(PRACTICE_REVIEW_REPORT, new Object[] {area.partnershipId(), reviewId, 1,
                    false, reference + " draft.pdf", "application/pdf", bytes("%PDF-1.4 synthetic draft"),
                    toPanel != null ? min(draftOn, toPanel) : draftOn, area.bench()}));
                if (toPanel != null) {
                    area.reviewChildren().add(new ReviewChild(PRACTICE_REVIEW_REPORT, new Object[] {area.partnershipId(), reviewId,
                        2, true, reference + " final.pdf", "application/pdf", bytes("%PDF-1.4 synthetic final"), toPanel,
                        area.bench()}));
                }
            }
        }

        /** A few notifications that have not reached a rapid review yet. */
        private void notificationsNotYetReviewed(Area area) {
            if (random.nextInt(100) < 55) {
                var child = child(random);
                var becameAware = today.minusDays(random.nextInt(9));
                rows.add(INCIDENT_NOTIFICATION, ids.next(INCIDENT_NOTIFICATION), area.partnershipId(), null, child[0], child[1],
                        child[2], child[3], becameAware, null, random.nextBoolean() ? becameAware : null, null, area.bench());
                notYetNotified++;
            }
            if (random.nextInt(100) < 30) {
                var child = child(random);
                var becameAware = today.minusDays(2 + random.nextInt(7));
                rows.add(INCIDENT_NOTIFICATION, ids.next(INCIDENT_NOTIFICATION), area.partnershipId(), null, child[0], child[1],
                        child[2], child[3], becameAware, min(becameAware.plusDays(1 + random.nextInt(4)), today), becameAware,
                        becameAware.plusDays(1), area.bench());
            }
        }

        /** Referrals that went another way, over the six years, and a few waiting for triage. */
        private void referralsThatWentAnotherWay(Area area, int rapidCount) {
            int others = between(rapidCount / 2, rapidCount, random);
            for (int k = 0; k < others; k++) {
                var child = child(random);
                var referredOn = first.plusDays(random.nextInt((int) (today.minusDays(20).toEpochDay() - first.toEpochDay())));
                var other = random.nextInt(100) < 55;
                rows.add(CASE_REFERRAL, ids.next(CASE_REFERRAL), area.partnershipId(), referredOn, area.bench(), child[0], child[1],
                        child[2], child[3], AGENCIES_INVOLVED[random.nextInt(AGENCIES_INVOLVED.length)],
                        WHY_CRITERIA[random.nextInt(WHY_CRITERIA.length)],
                        new String[] {"SERIOUS_INCIDENT", "LEARNING_REVIEW", "CASE_FILE_AUDIT"}[random.nextInt(3)],
                        other ? "OTHER_ROUTE" : "NO_FURTHER_ACTION",
                        other ? OTHER_ROUTE_REASONS[random.nextInt(OTHER_ROUTE_REASONS.length)]
                                : NO_ACTION_REASONS[random.nextInt(NO_ACTION_REASONS.length)],
                        referredOn.plusDays(1 + random.nextInt(10)), area.bench());
            }
            int waiting = random.nextInt(100) < 80 ? 1 + random.nextInt(2) : 0;
            for (int k = 0; k < waiting; k++) {
                var child = child(random);
                rows.add(CASE_REFERRAL, ids.next(CASE_REFERRAL), area.partnershipId(), today.minusDays(random.nextInt(10)),
                        area.bench(), child[0], child[1], child[2], child[3],
                        AGENCIES_INVOLVED[random.nextInt(AGENCIES_INVOLVED.length)], WHY_CRITERIA[random.nextInt(WHY_CRITERIA.length)],
                        "SERIOUS_INCIDENT", null, null, null, null);
                untriaged++;
            }
        }

        /** Reviews from elsewhere whose learning the partnership takes in; most closed once considered. */
        private void reviewsFromElsewhere(Area area, int count) {
            var received = new ArrayList<LocalDate>();
            for (int k = 0; k < count; k++) {
                received.add(k == count - 1 ? today.minusDays(random.nextInt(120))
                        : first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay()))));
            }
            Collections.sort(received);
            for (var decidedOn : received) {
                int roll = random.nextInt(100);
                var kind = roll < 20 ? "NATIONAL_REVIEW" : roll < 50 ? "DOMESTIC_HOMICIDE_REVIEW" : roll < 70
                        ? "SAFEGUARDING_ADULT_REVIEW" : roll < 80 ? "MAPPA_REVIEW" : "OTHER_AREA_REVIEW";
                var letter = (char) ('A' + random.nextInt(26));
                var title = switch (kind) {
                    case "NATIONAL_REVIEW" -> "National review: " + NATIONAL_REVIEWS[random.nextInt(NATIONAL_REVIEWS.length)];
                    case "DOMESTIC_HOMICIDE_REVIEW" -> "Domestic homicide review: Adult " + letter;
                    case "SAFEGUARDING_ADULT_REVIEW" -> "Safeguarding adult review: Adult " + letter;
                    case "MAPPA_REVIEW" -> "MAPPA serious case review: Adult " + letter;
                    default -> "Child safeguarding practice review: Child " + letter;
                };
                var source = switch (kind) {
                    case "NATIONAL_REVIEW" -> "The Child Safeguarding Practice Review Panel";
                    case "DOMESTIC_HOMICIDE_REVIEW" -> area.area() + " Community Safety Partnership";
                    case "SAFEGUARDING_ADULT_REVIEW" -> area.area() + " Safeguarding Adults Board";
                    case "MAPPA_REVIEW" -> area.area() + " MAPPA Strategic Management Board";
                    default -> area.neighbour();
                };
                var age = today.toEpochDay() - decidedOn.toEpochDay();
                var closing = decidedOn.plusDays(60 + random.nextInt(150));
                var closeOn = age > 150 && !closing.isAfter(today) && random.nextInt(100) < 85 ? closing : null;
                long reviewId = ids.next(PRACTICE_REVIEW);
                var review = new Object[] {reviewId, area.partnershipId(), kind, null, title, source,
                    "Learning for children's services from a review by " + source + ".", decidedOn, null, null, null, null,
                    null, null, null, null, null, null,
                    kind.equals("NATIONAL_REVIEW") ? "https://www.example.org/national-reviews/" + reviewId : null, null, null};
                area.reviews().add(review);
                if (age > 30) {
                    area.sources().add(new Source(kind, title, reviewId, decidedOn, false, 1.0, closeOn, review));
                }
            }
        }

        /** The findings, shared out over the sources by weight, each with 1-3 themes and most with actions. */
        private void findings(Area area) {
            var sources = area.sources();
            int wanted = between(size.findings() * 3 / 4, size.findings() * 5 / 4, random);
            var weights = sources.stream().mapToDouble(s -> s.weight() * (0.6 + 0.8 * random.nextDouble())).toArray();
            double total = Arrays.stream(weights).sum();
            for (int s = 0; s < sources.size(); s++) {
                int count = Math.max(1, (int) Math.round(wanted * weights[s] / total));
                for (int f = 0; f < count; f++) {
                    finding(area, sources.get(s));
                    rows.flushIfOver(FLUSH_AT);
                }
            }
        }

        /** One finding of a source, tagged with 1-3 of the partnership's themes, with its actions. */
        private void finding(Area area, Source source) {
            var group = source.confidential() ? area.reviewGroup() : area.learningGroup();
            var themes = area.themes();
            long findingId = ids.next(LEARNING_FINDING);
            var tags = new LinkedHashSet<Theme>();
            int tagCount = Math.min(themes.size(), 1 + (random.nextInt(100) < 45 ? 1 : 0) + (random.nextInt(100) < 15 ? 1 : 0));
            while (tags.size() < tagCount) {
                tags.add(themes.get(skewed(themes.size(), random)));
            }
            var theme = tags.isEmpty() ? "information sharing" : tags.iterator().next().name().toLowerCase(Locale.ROOT);
            var sayings = FINDINGS.getOrDefault(theme, OTHER_FINDINGS);
            var recordedOn = min(source.on().plusDays(random.nextInt(30)), today);
            if (source.closeOn() != null) {
                recordedOn = min(recordedOn, source.closeOn());
            }
            var recommends = random.nextInt(100) < 85;
            rows.add(LEARNING_FINDING, findingId, area.partnershipId(), source.type(), source.reference(), source.sourceId(),
                    source.on(), fill(sayings[random.nextInt(sayings.length)], random).replace("%T", theme),
                    recommends ? fill(RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)], random).replace("%T", theme) : null,
                    source.confidential(), group == null ? null : group.id(), area.bench(), recordedOn);
            for (var tag : tags) {
                rows.add(LEARNING_FINDING_THEME, findingId, tag.id());
            }
            // Its actions on the tracker, as SyntheticActivity raises them, confidential when the finding is. Every
            // recommendation has one at least, owned by an organisation (or all partners), as the register requires.
            int actionCount = recommends ? (random.nextInt(100) < 75 ? 1 : 2) : random.nextInt(100) < 40 ? 1 : 0;
            var label = "Learning finding F" + findingId + ": "
                    + (source.confidential() ? LearningSource.valueOf(source.type()).label() : source.reference());
            for (int a = 0; a < actionCount; a++) {
                findingAction(area, source, group, findingId, label, theme, recordedOn, recommends);
            }
        }

        /** An action of a finding; all closed before the review they came from closes. */
        private void findingAction(Area area, Source source, Grp group, long findingId, String label, String theme,
                LocalDate raisedOn, boolean recommends) {
            long actionId = ids.next(ACTION);
            var dueOn = random.nextInt(100) < 8 ? null : raisedOn.plusDays(30 + random.nextInt(180));
            var reference = dueOn == null ? raisedOn.plusDays(90) : dueOn;
            var status = status(reference);
            LocalDate closedOn = null;
            if (source.closeOn() != null) { // all done before the review closed
                status = "CLOSED";
                closedOn = raisedOn.plusDays(random.nextInt((int) (source.closeOn().toEpochDay() - raisedOn.toEpochDay()) + 1));
            } else if (status.equals("CLOSED")) {
                var on = reference.plusDays(random.nextInt(80) - 20);
                closedOn = on.isAfter(today) ? today : on.isBefore(raisedOn) ? raisedOn : on;
            }
            closedActions += closedOn != null ? 1 : 0;
            int ownerKind = random.nextInt(100);
            var people = group != null && !group.members().isEmpty() ? group.members() : area.board().members();
            var allPartners = ownerKind >= 92 || area.organisations().isEmpty() && (recommends || people.isEmpty());
            rows.add(ACTION, actionId, area.partnershipId(), group == null ? null : group.id(),
                    fill(ACTIONS[random.nextInt(ACTIONS.length)], random).replace("%T", theme), allPartners, dueOn, status,
                    "LEARNING_FINDING", findingId, label, area.bench(), raisedOn, raisedOn.plusDays(7), closedOn,
                    raisedOn.atTime(9, 0).atOffset(ZoneOffset.UTC).toString(), raisedOn.plusDays(7), source.confidential());
            if (!allPartners) {
                owners(area, actionId, ownerKind, recommends, people);
            }
            updates += SyntheticActionLog.write(rows, actionId, status, raisedOn, today, area.bench(), random,
                    () -> fill(UPDATES[random.nextInt(UPDATES.length)], random));
        }

        private String status(LocalDate reference) {
            return SyntheticActionLog.status(reference, today, random);
        }

        /** One or two people, or an organisation (sometimes with a named person): a recommendation's action has an organisation. */
        private void owners(Area area, long actionId, int ownerKind, boolean recommends, List<Long> people) {
            var organisations = area.organisations();
            if (!recommends && (ownerKind < 62 || organisations.isEmpty()) && !people.isEmpty()) {
                var chosen = new LinkedHashSet<Long>();
                chosen.add(people.get(random.nextInt(people.size())));
                if (random.nextInt(100) < 20) {
                    chosen.add(people.get(random.nextInt(people.size())));
                }
                for (var person : chosen) {
                    rows.add(ACTION_OWNER, actionId, person, null);
                }
            } else {
                rows.add(ACTION_OWNER, actionId, null, organisations.get(random.nextInt(organisations.size())));
                if (ownerKind >= 85 && !people.isEmpty()) {
                    rows.add(ACTION_OWNER, actionId, people.get(random.nextInt(people.size())), null);
                }
            }
        }

        /** Now the practice reviews go in: those to close are closed, with every action of their findings. */
        private void closeReviews(Area area) {
            for (var source : area.sources()) {
                if (source.closeOn() != null) {
                    source.review()[REVIEW_CLOSED_ON] = source.closeOn();
                    source.review()[REVIEW_CLOSED_BY] = area.bench();
                }
            }
            for (var review : area.reviews()) {
                rows.add(PRACTICE_REVIEW, review);
                openPractice += review[REVIEW_CLOSED_ON] == null ? 1 : 0;
            }
            for (var child : area.reviewChildren()) {
                rows.add(child.table(), child.row());
            }
        }
    }

    /** An invented child: {case reference, pseudonym, age band, what happened}. */
    private static String[] child(Random random) {
        var ageBand = AGE_BANDS[random.nextInt(AGE_BANDS.length)];
        var letter = (char) ('A' + random.nextInt(26));
        return new String[] {"SYN-" + (1000 + random.nextInt(9000)),
            (ageBand.equals("UNBORN_OR_UNDER_1") ? "Baby " : "Child ") + letter, ageBand, INCIDENTS[random.nextInt(INCIDENTS.length)]};
    }

    /** An index from 0 to size - 1, the lower ones more likely: some themes come up far more often than others. */
    private static int skewed(int size, Random random) {
        double total = 0;
        for (int j = 0; j < size; j++) {
            total += 1.0 / (1 + 0.35 * j);
        }
        double roll = random.nextDouble() * total;
        for (int j = 0; j < size; j++) {
            roll -= 1.0 / (1 + 0.35 * j);
            if (roll < 0) {
                return j;
            }
        }
        return size - 1;
    }

    private static int between(int min, int max, Random random) {
        return min + random.nextInt(max - min + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A tiny stand-in for an uploaded file, as PostgreSQL reads bytea from text. */
    private static String bytes(String content) {
        return "\\x" + HexFormat.of().formatHex(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String fill(String template, Random random) {
        var out = template.replace("%A", AGENCIES[random.nextInt(AGENCIES.length)])
                .replace("%B", AGENCIES[random.nextInt(AGENCIES.length)])
                .replace("%N", String.valueOf(2 + random.nextInt(5)));
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}

package org.safeguardinghub.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a partnership's working life to the synthetic partnerships of {@link SyntheticData}: meetings
 * of every group over six years with their agendas (some items confidential), minutes written from
 * varied sentences about safeguarding work (so that full text search has something real to find),
 * decisions, attendance, matters raised to parent groups, and the action tracker with owners, updates
 * and statuses that follow the due dates (so "overdue" is realistic). Dates are relative to the day
 * it runs; everything else comes from a fixed seed.
 *
 * <p>Like {@link SyntheticData}, <strong>it writes with bulk inserts that bypass the audit trail and
 * every rule of the services</strong>. Benchmark data only; never run it against a live database.
 */
@Component
public class SyntheticActivity {

    private static final long SEED = 20261123L;
    private static final int FLUSH_AT = 10_000;

    /** How much activity to make across all the synthetic partnerships. */
    public record Activity(int meetings, int actions) {

        /** About a national picture: 40,000 meetings and 200,000 actions. */
        public static final Activity NATIONAL = new Activity(40_000, 200_000);
    }

    /** What {@link #fill} added. */
    public record Filled(int meetings, int agendaItems, int confidentialItems, int decisions, int attendance,
            int escalations, int actions, int overdueActions, int owners, int updates, long millis) {
    }

    private static final String[] TOPICS = {"neglect", "child exploitation", "county lines", "domestic abuse",
        "online safety", "safer sleep", "bruising in non-mobile babies", "missing children", "elective home education",
        "private fostering", "harmful sexual behaviour", "transitions to adulthood", "parental mental health",
        "early help", "thresholds", "escalation", "information sharing", "professional curiosity",
        "the voice of the child", "the section 11 audit", "multi-agency training", "contextual safeguarding",
        "school attendance", "disabled children", "fabricated or induced illness", "female genital mutilation",
        "radicalisation", "serious youth violence", "substance misuse", "homeless 16 and 17 year olds",
        "children in care", "care leavers", "emotional health and wellbeing", "self-harm",
        "sudden unexpected death in infancy", "water safety", "dog bites", "the graded care profile",
        "child sexual abuse in the family", "pre-birth assessments", "strategy discussions", "return home interviews",
        "the front door", "children missing education", "young carers", "criminal exploitation", "modern slavery",
        "parental conflict", "trauma-informed practice", "allegations against staff"};
    private static final String[] AGENCIES = {"children's social care", "the police", "health colleagues",
        "the integrated care board", "schools", "the local authority", "probation", "the youth justice service",
        "the voluntary sector", "the designated nurse", "the named GP", "housing", "the ambulance service",
        "adult mental health services", "the school nursing service", "the business unit", "early help",
        "the fire and rescue service", "the children's hospital", "CAMHS"};
    private static final String[] DOCUMENTS = {"the dashboard", "the audit report", "the learning briefing",
        "the action plan", "the annual report", "the strategy", "the procedure", "the training evaluation",
        "the highlight report", "the rapid review", "the practice guidance", "the risk register",
        "the performance report", "the self-assessment", "the seven-minute briefing", "the pathway"};
    private static final String[] NAMES = {"Amara", "Ben", "Chloe", "Dev", "Elif", "Farah", "Gareth", "Hana", "Isaac",
        "Kemi", "Liam", "Maya", "Niall", "Priya", "Rosa", "Tomasz", "Wren", "Yusuf", "Zara", "Lowri"};
    /** Words rare enough to stand for a search for something specific: each is in a few hundred texts nationally. */
    private static final String[] RARE = {"ombudsman", "trampoline", "chaplaincy", "interpreter", "hoarding", "kinship",
        "smartwatch", "ferry"};
    public static final List<String> RARE_WORDS = List.of(RARE);
    private static final String[] MEETING_SENTENCES = {
        "%N presented %D on %T, which members discussed in detail.",
        "Members noted that referrals about %T rose by %P%% in the last quarter.",
        "%A reported that %C practitioners completed training on %T.",
        "The group discussed the findings of the multi-agency audit of %T and the themes for learning.",
        "Concerns were raised about waiting times for %A and the effect on %T.",
        "It was agreed that %A would lead a task and finish group on %T.",
        "Members challenged %A on the timeliness of strategy discussions about %T.",
        "The chair asked for assurance that %T is reflected in the thresholds document.",
        "%D shows %C children subject to a child protection plan, %P%% of them under the category of neglect.",
        "Feedback from the young people's reference group highlighted %T.",
        "%A will share the data on %T at the next meeting.",
        "The risk register was updated to reflect pressures on %A.",
        "%N gave an update on the regional procedures for %T.",
        "Members welcomed the improvement in return home interviews and asked for the figures for %T.",
        "There was a discussion about how %A records the voice of the child in cases of %T.",
        "The group considered the learning from a local review about %T and agreed the key messages.",
        "Attendance by %A at initial child protection conferences was %P%% this quarter.",
        "%N explained the new screening tool for %T and the training offer for practitioners.",
        "Partners agreed that the neglect strategy should say more about %T.",
        "Members asked %A to report back on the audit of %T by the next meeting."};
    private static final String[] STANDING_NOTES = {
        "%N welcomed members. Apologies were received from %A.",
        "The minutes of the previous meeting were agreed as a correct record.",
        "Actions from the previous meeting were reviewed; see the action tracker.",
        "No matters were raised by subgroups.",
        "There was no other business."};
    private static final String[] DECISIONS = {
        "The group agreed to adopt %D on %T.",
        "Agreed that %A would lead the partnership's work on %T.",
        "The recommendations in %D were approved.",
        "It was agreed to escalate the concerns about %T to the executive.",
        "The group approved the revised procedure on %T for publication.",
        "Agreed to commission a multi-agency audit of %T."};
    private static final String[] ACTIONS = {
        "Circulate %D on %T to all partner agencies",
        "Provide the data on %T for the next dashboard",
        "Review the pathway for %T and report back",
        "Arrange a practitioner event on %T",
        "Update the procedure on %T following the review",
        "Confirm attendance figures for the training on %T",
        "Write to %A about %T",
        "Bring %D on %T to the next meeting",
        "Agree a joint briefing with %A on %T",
        "Check that %A has shared the learning about %T with staff"};
    private static final String[] UPDATES = {
        "Draft circulated to members for comment.",
        "Data provided to the business unit.",
        "Meeting arranged with %A to discuss %T.",
        "Delayed because of staff absence; a new date has been agreed.",
        "Completed and shared with members.",
        "Awaiting sign-off by %A.",
        "Briefing on %T sent to designated safeguarding leads.",
        "Partly done: %A still to respond."};
    private static final String[] PLACES = {"Shire Hall", "the Civic Centre", "Police Headquarters", "the Guildhall",
        "Riverside House", "the Council Chamber"};

    private final JdbcTemplate jdbc;
    private final SyntheticData data;

    public SyntheticActivity(JdbcTemplate jdbc, SyntheticData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    private record Grp(long id, long partnershipId, Long parentId, String name, boolean confidential, LocalDate endsOn,
            List<long[]> members) {
    }

    /** A meeting being made, with what its minutes need. */
    private record Mtg(long id, Grp group, LocalDate heldOn, long mattersItemId, List<long[]> ordinaryItems) {
    }

    /** The rows waiting to go in, table by table, parents before children. */
    private BulkRows rows() {
        return new BulkRows(data)
                .table("meeting", "id, partnership_id, group_id, held_on, starts_at, ends_at, location, online_link, minutes_status, confidentiality_agreed, circulated_on",
                        "bigint, bigint, bigint, date, time, time, text, text, text, boolean, date")
                .table("agenda_item", "id, partnership_id, meeting_id, position, title, kind, presenter, confidential, notes",
                        "bigint, bigint, bigint, integer, text, text, text, boolean, text")
                .table("decision", "partnership_id, meeting_id, agenda_item_id, text, recorded_by",
                        "bigint, bigint, bigint, text, text")
                .table("attendance", "partnership_id, meeting_id, person_id, organisation_id, status, deputy_person_id, member",
                        "bigint, bigint, bigint, bigint, text, bigint, boolean")
                .table("escalation", "partnership_id, from_group_id, to_group_id, raised_at_item_id, matter, raised_on, answered_at_item_id, response, answered_on",
                        "bigint, bigint, bigint, bigint, text, date, bigint, text, date")
                .table("action", "id, partnership_id, group_id, description, all_partners, due_on, status, source_type, source_id, source_label, raised_by, raised_on, respond_by, closed_on, asked_at, first_respond_by",
                        "bigint, bigint, bigint, text, boolean, date, text, text, bigint, text, text, date, date, date, timestamptz, date")
                .table("action_owner", "action_id, person_id, organisation_id", "bigint, bigint, bigint")
                .table("action_update", "action_id, written_by, written_at, note, status_after, kind",
                        "bigint, text, timestamptz, text, text, text");
    }

    /** Adds the activity to the partnerships {@link SyntheticData#fill} made, in one transaction. */
    @Transactional
    public Filled fill(Activity activity) {
        long started = System.nanoTime();
        var random = new Random(SEED);
        var today = LocalDate.now(ZoneOffset.UTC);
        var first = today.minusYears(6);
        var partnerships = jdbc.queryForList("select id from partnership where slug like 'synthetic-%' order by slug", Long.class);
        if (partnerships.isEmpty()) {
            throw new IllegalStateException("Fill the synthetic partnerships first");
        }
        var groupsOf = new TreeMap<Long, List<Grp>>();
        var groupById = new HashMap<Long, Grp>();
        jdbc.query("""
                select g.id, g.partnership_id, g.parent_id, g.name, g.confidential, g.ends_on from partnership_group g
                join partnership p on p.id = g.partnership_id where p.slug like 'synthetic-%' order by g.id""", row -> {
            Long parent = row.getObject("parent_id", Long.class);
            var g = new Grp(row.getLong("id"), row.getLong("partnership_id"), parent,
                    row.getString("name"), row.getBoolean("confidential"), row.getObject("ends_on", LocalDate.class),
                    new ArrayList<>());
            groupsOf.computeIfAbsent(g.partnershipId(), k -> new ArrayList<>()).add(g);
            groupById.put(g.id(), g);
        });
        jdbc.query("""
                select m.group_id, m.person_id, coalesce(m.organisation_id, 0) as organisation_id, coalesce(m.deputy_id, 0) as deputy_id
                from membership m join partnership p on p.id = m.partnership_id
                where p.slug like 'synthetic-%' and m.starts_on <= current_date and (m.ends_on is null or m.ends_on >= current_date)
                order by m.id""", row -> {
            var g = groupById.get(row.getLong("group_id"));
            long person = row.getLong("person_id");
            if (g.members().stream().noneMatch(m -> m[0] == person)) {
                g.members().add(new long[] {person, row.getLong("organisation_id"), row.getLong("deputy_id")});
            }
        });
        var organisationsOf = new HashMap<Long, List<Long>>();
        jdbc.query("select partnership_id, organisation_id from partnership_organisation where left_on is null order by id",
                row -> {
                    organisationsOf.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2));
                });
        var withChildren = new java.util.HashSet<Long>();
        groupById.values().forEach(g -> {
            if (g.parentId() != null) {
                withChildren.add(g.parentId());
            }
        });

        var rows = rows();
        int meetings = 0, items = 0, confidentialItems = 0, decisions = 0, attendance = 0, escalations = 0;
        int actions = 0, overdue = 0, owners = 0, updates = 0;
        int p = partnerships.size();
        for (int i = 0; i < p; i++) {
            long partnershipId = partnerships.get(i);
            var groups = groupsOf.get(partnershipId);
            var organisations = organisationsOf.getOrDefault(partnershipId, List.of());
            var bench = SyntheticData.username(i + 1);
            int meetingCount = (int) ((long) (i + 1) * activity.meetings() / p - (long) i * activity.meetings() / p);
            int actionCount = (int) ((long) (i + 1) * activity.actions() / p - (long) i * activity.actions() / p);

            // Meetings, spread over the groups and the six years (a few still to come).
            long[] meetingIds = data.ids("meeting", meetingCount);
            // At most ten items a meeting; ids left unused are gaps in the sequence, nothing more.
            long[] itemIdPool = data.ids("agenda_item", meetingCount * 10);
            int nextItem = 0;
            var byGroup = new HashMap<Long, TreeMap<LocalDate, Mtg>>();
            var pastItems = new ArrayList<Object[]>(); // {Mtg, itemId, position, title, confidential}
            var itemCounts = new ArrayList<int[]>();
            for (int k = 0; k < meetingCount; k++) {
                var group = groups.get(random.nextInt(groups.size()));
                var last = group.endsOn() != null && group.endsOn().isBefore(today.plusDays(60)) ? group.endsOn() : today.plusDays(60);
                var heldOn = first.plusDays(random.nextInt((int) Math.max(1, last.toEpochDay() - first.toEpochDay())));
                var past = heldOn.isBefore(today);
                var status = !past ? "NOT_STARTED" : heldOn.isAfter(today.minusDays(21)) ? (random.nextBoolean() ? "DRAFT" : "CIRCULATED")
                        : heldOn.isAfter(today.minusDays(70)) ? "APPROVED" : "FIXED";
                var starts = LocalTime.of(random.nextBoolean() ? 10 : 14, random.nextBoolean() ? 0 : 30);
                var online = random.nextInt(100) < 45;
                rows.add("meeting", meetingIds[k], partnershipId, group.id(), heldOn, starts, starts.plusHours(2),
                        online ? null : PLACES[random.nextInt(PLACES.length)],
                        online ? "https://teams.example.org/meet/" + meetingIds[k] : null, status, past,
                        status.equals("NOT_STARTED") || status.equals("DRAFT") ? null : heldOn.plusDays(7));
                meetings++;

                int ordinary = 2 + random.nextInt(4);
                var titles = new ArrayList<String[]>();
                titles.add(new String[] {"WELCOME", "Welcome, introductions and apologies"});
                titles.add(new String[] {"PREVIOUS_MINUTES", "Minutes of the previous meeting"});
                titles.add(new String[] {"PREVIOUS_ACTIONS", "Actions from previous meetings"});
                if (withChildren.contains(group.id())) {
                    titles.add(new String[] {"MATTERS_RAISED", "Matters raised by subgroups"});
                }
                for (int o = 0; o < ordinary; o++) {
                    titles.add(new String[] {"ITEM", itemTitle(random)});
                }
                titles.add(new String[] {"ANY_OTHER_BUSINESS", "Any other business"});
                long[] itemIds = java.util.Arrays.copyOfRange(itemIdPool, nextItem, nextItem + titles.size());
                nextItem += titles.size();
                long mattersItem = 0;
                var ordinaryItems = new ArrayList<long[]>();
                var mtg = new Mtg(meetingIds[k], group, heldOn, 0, ordinaryItems);
                for (int t = 0; t < titles.size(); t++) {
                    var kind = titles.get(t)[0];
                    var isItem = kind.equals("ITEM");
                    var confidential = isItem && random.nextInt(100) < (group.confidential() ? 60 : 4);
                    String notes = null;
                    if (past) {
                        notes = isItem ? paragraph(random, 2 + random.nextInt(3)) : standingNote(kind, random);
                    }
                    rows.add("agenda_item", itemIds[t], partnershipId, meetingIds[k], t + 1, titles.get(t)[1], kind,
                            isItem ? NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + "." : null,
                            confidential, notes);
                    items++;
                    confidentialItems += confidential ? 1 : 0;
                    if (kind.equals("MATTERS_RAISED")) {
                        mattersItem = itemIds[t];
                    }
                    if (isItem) {
                        ordinaryItems.add(new long[] {itemIds[t], t + 1, confidential ? 1 : 0});
                        if (past) {
                            pastItems.add(new Object[] {mtg, itemIds[t], t + 1, titles.get(t)[1]});
                        }
                    }
                    if (past && isItem && random.nextInt(100) < 45) {
                        rows.add("decision", partnershipId, meetingIds[k], itemIds[t], fill(DECISIONS[random.nextInt(DECISIONS.length)], random), bench);
                        decisions++;
                    }
                    if (past && kind.equals("PREVIOUS_MINUTES") && random.nextInt(100) < 70) {
                        rows.add("decision", partnershipId, meetingIds[k], itemIds[t],
                                "The minutes of the previous meeting were approved as a correct record.", bench);
                        decisions++;
                    }
                }
                var withMatters = new Mtg(meetingIds[k], group, heldOn, mattersItem, ordinaryItems);
                byGroup.computeIfAbsent(group.id(), g -> new TreeMap<>()).put(heldOn, withMatters);

                if (past) {
                    for (var member : group.members()) {
                        int roll = random.nextInt(100);
                        var status2 = roll < 76 ? "PRESENT" : roll < 90 ? "APOLOGIES" : roll < 95 && member[2] != 0 ? "REPRESENTED" : "ABSENT";
                        rows.add("attendance", partnershipId, meetingIds[k], member[0], member[1] == 0 ? null : member[1],
                                status2, status2.equals("REPRESENTED") ? member[2] : null, true);
                        attendance++;
                    }
                }
                if (rows.pending() > FLUSH_AT) {
                    rows.flush();
                }
            }
            rows.flush();

            // Matters raised to the parent group, answered at the parent's next meeting in most cases.
            for (var item : pastItems) {
                var mtg = (Mtg) item[0];
                if (mtg.group().parentId() == null || random.nextInt(100) >= 6) {
                    continue;
                }
                var topic = TOPICS[random.nextInt(TOPICS.length)];
                var answer = byGroup.getOrDefault(mtg.group().parentId(), new TreeMap<>()).higherEntry(mtg.heldOn());
                var answered = answer != null && answer.getValue().heldOn().isBefore(today) && answer.getValue().mattersItemId() != 0
                        && random.nextInt(100) < 75;
                rows.add("escalation", partnershipId, mtg.group().id(), mtg.group().parentId(), item[1],
                        "The group asks for help with " + topic + ": " + fill(MEETING_SENTENCES[random.nextInt(MEETING_SENTENCES.length)], random),
                        mtg.heldOn(), answered ? answer.getValue().mattersItemId() : null,
                        answered ? "The executive agreed to " + (random.nextBoolean() ? "raise " : "take forward ") + topic
                                + " with " + AGENCIES[random.nextInt(AGENCIES.length)] + "." : null,
                        answered ? answer.getValue().heldOn() : null);
                escalations++;
            }

            // The tracker: most actions come from the minutes, the rest are raised on it directly.
            long[] actionIds = data.ids("action", actionCount);
            for (int k = 0; k < actionCount; k++) {
                var fromMinutes = !pastItems.isEmpty() && random.nextInt(100) < 72;
                Grp group;
                LocalDate raisedOn;
                Long sourceId = null;
                String sourceLabel = null;
                if (fromMinutes) {
                    var item = pastItems.get(random.nextInt(pastItems.size()));
                    var mtg = (Mtg) item[0];
                    group = mtg.group();
                    raisedOn = mtg.heldOn();
                    sourceId = (Long) item[1];
                    sourceLabel = group.name() + ", " + raisedOn + ", item " + item[2];
                } else {
                    group = random.nextInt(100) < 85 ? groups.get(random.nextInt(groups.size())) : null;
                    raisedOn = first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay())));
                }
                var dueOn = random.nextInt(100) < 8 ? null : raisedOn.plusDays(14 + random.nextInt(140));
                String status;
                LocalDate closedOn = null;
                var reference = dueOn == null ? raisedOn.plusDays(90) : dueOn;
                int roll = random.nextInt(100);
                if (!reference.isBefore(today)) {
                    status = roll < 58 ? "OPEN" : roll < 94 ? "IN_PROGRESS" : "DONE_BY_OWNER";
                } else if (reference.isBefore(today.minusDays(180))) {
                    status = roll < 91 ? "CLOSED" : roll < 95 ? "DONE_BY_OWNER" : roll < 98 ? "IN_PROGRESS" : "OPEN";
                } else {
                    status = roll < 50 ? "CLOSED" : roll < 65 ? "DONE_BY_OWNER" : roll < 85 ? "IN_PROGRESS" : "OPEN";
                }
                if (status.equals("CLOSED")) {
                    var on = reference.plusDays(random.nextInt(80) - 20);
                    closedOn = on.isAfter(today) ? today : on.isBefore(raisedOn) ? raisedOn : on;
                }
                if (dueOn != null && dueOn.isBefore(today) && (status.equals("OPEN") || status.equals("IN_PROGRESS"))) {
                    overdue++;
                }
                int ownerKind = random.nextInt(100);
                var people = group != null && !group.members().isEmpty() ? group.members()
                        : groups.getFirst().members();
                var allPartners = ownerKind >= 92 || people.isEmpty();
                rows.add("action", actionIds[k], partnershipId, group == null ? null : group.id(),
                        fill(ACTIONS[random.nextInt(ACTIONS.length)], random), allPartners, dueOn, status,
                        fromMinutes ? "MEETING_ITEM" : "RAISED_DIRECTLY", sourceId, sourceLabel, bench, raisedOn,
                        raisedOn.plusDays(7), closedOn, raisedOn.atTime(9, 0).atOffset(ZoneOffset.UTC).toString(),
                        raisedOn.plusDays(7));
                actions++;
                if (!allPartners) {
                    if (ownerKind < 62 || organisations.isEmpty()) {
                        var chosen = new LinkedHashSet<Long>();
                        chosen.add(people.get(random.nextInt(people.size()))[0]);
                        if (random.nextInt(100) < 20) {
                            chosen.add(people.get(random.nextInt(people.size()))[0]);
                        }
                        for (var person : chosen) {
                            rows.add("action_owner", actionIds[k], person, null);
                            owners++;
                        }
                    } else {
                        rows.add("action_owner", actionIds[k], null, organisations.get(random.nextInt(organisations.size())));
                        owners++;
                        if (ownerKind >= 85) {
                            rows.add("action_owner", actionIds[k], people.get(random.nextInt(people.size()))[0], null);
                            owners++;
                        }
                    }
                }
                updates += SyntheticActionLog.write(rows, actionIds[k], status, raisedOn, today, bench, random,
                        () -> fill(UPDATES[random.nextInt(UPDATES.length)], random));
                if (rows.pending() > FLUSH_AT) {
                    rows.flush();
                }
            }
            rows.flush();
        }
        jdbc.execute("analyze meeting, agenda_item, decision, attendance, escalation, action, action_owner, action_update");
        return new Filled(meetings, items, confidentialItems, decisions, attendance, escalations, actions, overdue, owners,
                updates, (System.nanoTime() - started) / 1_000_000);
    }

    private static String itemTitle(Random random) {
        var topic = TOPICS[random.nextInt(TOPICS.length)];
        return switch (random.nextInt(5)) {
            case 0 -> "Update on " + topic;
            case 1 -> "Multi-agency audit: " + topic;
            case 2 -> "Learning from reviews: " + topic;
            case 3 -> Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + " dashboard";
            default -> "Strategy for " + topic;
        };
    }

    private static String standingNote(String kind, Random random) {
        return switch (kind) {
            case "WELCOME" -> fill(STANDING_NOTES[0], random);
            case "PREVIOUS_MINUTES" -> STANDING_NOTES[1];
            case "PREVIOUS_ACTIONS" -> STANDING_NOTES[2];
            case "MATTERS_RAISED" -> STANDING_NOTES[3];
            default -> random.nextInt(100) < 80 ? STANDING_NOTES[4] : paragraph(random, 1);
        };
    }

    private static String paragraph(Random random, int sentences) {
        var text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(s == 0 ? "" : " ").append(fill(MEETING_SENTENCES[random.nextInt(MEETING_SENTENCES.length)], random));
        }
        if (random.nextInt(1000) < 6) {
            text.append(" Members also heard about the ").append(RARE[random.nextInt(RARE.length)])
                    .append(" concerns raised by ").append(AGENCIES[random.nextInt(AGENCIES.length)]).append('.');
        }
        return text.toString();
    }

    private static String fill(String template, Random random) {
        var out = template.replace("%N", NAMES[random.nextInt(NAMES.length)])
                .replace("%D", DOCUMENTS[random.nextInt(DOCUMENTS.length)])
                .replace("%T", TOPICS[random.nextInt(TOPICS.length)])
                .replace("%A", AGENCIES[random.nextInt(AGENCIES.length)])
                .replace("%C", String.valueOf(12 + random.nextInt(400)))
                .replace("%P", String.valueOf(3 + random.nextInt(60)))
                .replace("%%", "%");
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}

package org.safeguardinghub.demo;

import static org.safeguardinghub.demo.BulkTable.ACTION;
import static org.safeguardinghub.demo.BulkTable.ACTION_OWNER;
import static org.safeguardinghub.demo.BulkTable.AGENDA_ITEM;
import static org.safeguardinghub.demo.BulkTable.ATTENDANCE;
import static org.safeguardinghub.demo.BulkTable.DECISION;
import static org.safeguardinghub.demo.BulkTable.ESCALATION;
import static org.safeguardinghub.demo.BulkTable.MEETING;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
    private final TableWriter writer;

    SyntheticActivity(JdbcTemplate jdbc, TableWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    private record Grp(long id, long partnershipId, Long parentId, String name, boolean confidential, LocalDate endsOn,
            List<long[]> members) {
    }

    /** A meeting made, with what the matters raised and the tracker need of it. */
    private record Mtg(long id, Grp group, LocalDate heldOn, long mattersItemId) {
    }

    /** An ordinary agenda item of a meeting already held: where actions are raised and matters come from. */
    private record PastItem(Mtg meeting, long id, int position, boolean confidential) {
    }

    /** A synthetic partnership as this generator needs it: its groups and the organisations still in it. */
    private record Area(long partnershipId, String bench, List<Grp> groups, List<Long> organisations) {
    }

    /** Adds the activity to the partnerships {@link SyntheticData#fill} made, in one transaction. */
    @Transactional
    public Filled fill(Activity activity) {
        long started = System.nanoTime();
        var partnerships = jdbc.queryForList("select id from partnership where slug like 'synthetic-%' order by slug", Long.class);
        if (partnerships.isEmpty()) {
            throw new IllegalStateException("Fill the synthetic partnerships first");
        }
        var groupById = new HashMap<Long, Grp>();
        var groupsOf = groups(groupById);
        var organisationsOf = organisations();
        var withChildren = new HashSet<Long>();
        groupById.values().forEach(g -> {
            if (g.parentId() != null) {
                withChildren.add(g.parentId());
            }
        });
        var run = new Run(writer.rows(), LocalDate.now(ZoneOffset.UTC), withChildren);
        int p = partnerships.size();
        for (int i = 0; i < p; i++) {
            long partnershipId = partnerships.get(i);
            var area = new Area(partnershipId, SyntheticData.username(i + 1), groupsOf.get(partnershipId),
                    organisationsOf.getOrDefault(partnershipId, List.of()));
            var pastItems = run.meetings(area, share(activity.meetings(), i, p));
            run.mattersRaised(area, pastItems);
            run.tracker(area, share(activity.actions(), i, p), pastItems);
        }
        jdbc.execute("analyze meeting, agenda_item, decision, attendance, escalation, action, action_owner, action_update");
        var rows = run.rows;
        return new Filled(rows.added(MEETING), rows.added(AGENDA_ITEM), run.confidentialItems, rows.added(DECISION),
                rows.added(ATTENDANCE), rows.added(ESCALATION), rows.added(ACTION), run.overdue, rows.added(ACTION_OWNER),
                run.updates, (System.nanoTime() - started) / 1_000_000);
    }

    /** The {@code i}th of {@code p} nearly equal shares of {@code total}. */
    private static int share(int total, int i, int p) {
        return (int) ((long) (i + 1) * total / p - (long) i * total / p);
    }

    /** The synthetic partnerships' groups by partnership, with their current members ({person, organisation, deputy}). */
    private Map<Long, List<Grp>> groups(Map<Long, Grp> groupById) {
        var groupsOf = new TreeMap<Long, List<Grp>>();
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
        final BulkRows rows;
        final Random random = new Random(SEED);
        final LocalDate today;
        final LocalDate first;
        final Set<Long> withChildren;
        final Map<Long, TreeMap<LocalDate, Mtg>> meetingsOfGroup = new HashMap<>();
        int confidentialItems;
        int overdue;
        int updates;

        Run(BulkRows rows, LocalDate today, Set<Long> withChildren) {
            this.rows = rows;
            this.today = today;
            this.first = today.minusYears(6);
            this.withChildren = withChildren;
        }

        /** Meetings, spread over the groups and the six years (a few still to come); answers the items of those held. */
        List<PastItem> meetings(Area area, int count) {
            long[] meetingIds = writer.ids(MEETING, count);
            // At most ten items a meeting; ids left unused are gaps in the sequence, nothing more.
            var itemIds = java.util.Arrays.stream(writer.ids(AGENDA_ITEM, count * 10)).iterator();
            var pastItems = new ArrayList<PastItem>();
            for (int k = 0; k < count; k++) {
                var group = area.groups().get(random.nextInt(area.groups().size()));
                var last = group.endsOn() != null && group.endsOn().isBefore(today.plusDays(60)) ? group.endsOn() : today.plusDays(60);
                var heldOn = first.plusDays(random.nextInt((int) Math.max(1, last.toEpochDay() - first.toEpochDay())));
                var past = heldOn.isBefore(today);
                var status = !past ? "NOT_STARTED" : heldOn.isAfter(today.minusDays(21)) ? (random.nextBoolean() ? "DRAFT" : "CIRCULATED")
                        : heldOn.isAfter(today.minusDays(70)) ? "APPROVED" : "FIXED";
                var starts = LocalTime.of(random.nextBoolean() ? 10 : 14, random.nextBoolean() ? 0 : 30);
                var online = random.nextInt(100) < 45;
                rows.add(MEETING, meetingIds[k], area.partnershipId(), group.id(), heldOn, starts, starts.plusHours(2),
                        online ? null : PLACES[random.nextInt(PLACES.length)],
                        online ? "https://teams.example.org/meet/" + meetingIds[k] : null, status, past,
                        status.equals("NOT_STARTED") || status.equals("DRAFT") ? null : heldOn.plusDays(7));
                var items = new ArrayList<long[]>(); // {id, position, confidential}
                long mattersItem = agenda(area, meetingIds[k], group, past, itemIds, items);
                var meeting = new Mtg(meetingIds[k], group, heldOn, mattersItem);
                meetingsOfGroup.computeIfAbsent(group.id(), g -> new TreeMap<>()).put(heldOn, meeting);
                if (past) {
                    items.forEach(item -> pastItems.add(new PastItem(meeting, item[0], (int) item[1], item[2] == 1)));
                    attendance(area, meetingIds[k], group);
                }
                rows.flushIfOver(FLUSH_AT);
            }
            rows.flush();
            return pastItems;
        }

        /**
         * The standing items, 2-5 ordinary ones (a few confidential, many in a confidential group) and their
         * notes and decisions once held; adds the ordinary items to {@code items} and answers the id of the
         * "matters raised" item (0 if the group has no subgroups to raise any).
         */
        private long agenda(Area area, long meetingId, Grp group, boolean past, java.util.Iterator<Long> itemIds,
                List<long[]> items) {
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
            long mattersItem = 0;
            for (int t = 0; t < titles.size(); t++) {
                long itemId = itemIds.next();
                var kind = titles.get(t)[0];
                var isItem = kind.equals("ITEM");
                var confidential = isItem && random.nextInt(100) < (group.confidential() ? 60 : 4);
                String notes = null;
                if (past) {
                    notes = isItem ? paragraph(random, 2 + random.nextInt(3)) : standingNote(kind, random);
                }
                rows.add(AGENDA_ITEM, itemId, area.partnershipId(), meetingId, t + 1, titles.get(t)[1], kind,
                        isItem ? NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + "." : null,
                        confidential, notes);
                confidentialItems += confidential ? 1 : 0;
                if (kind.equals("MATTERS_RAISED")) {
                    mattersItem = itemId;
                }
                if (isItem) {
                    items.add(new long[] {itemId, t + 1, confidential ? 1 : 0});
                }
                if (past && isItem && random.nextInt(100) < 45) {
                    rows.add(DECISION, area.partnershipId(), meetingId, itemId, fill(DECISIONS[random.nextInt(DECISIONS.length)], random),
                            area.bench());
                }
                if (past && kind.equals("PREVIOUS_MINUTES") && random.nextInt(100) < 70) {
                    rows.add(DECISION, area.partnershipId(), meetingId, itemId,
                            "The minutes of the previous meeting were approved as a correct record.", area.bench());
                }
            }
            return mattersItem;
        }

        /** Each current member of the group: mostly present, some apologies, a few represented by their deputy or absent. */
        private void attendance(Area area, long meetingId, Grp group) {
            for (var member : group.members()) {
                int roll = random.nextInt(100);
                var status = roll < 76 ? "PRESENT" : roll < 90 ? "APOLOGIES" : roll < 95 && member[2] != 0 ? "REPRESENTED" : "ABSENT";
                rows.add(ATTENDANCE, area.partnershipId(), meetingId, member[0], member[1] == 0 ? null : member[1],
                        status, status.equals("REPRESENTED") ? member[2] : null, true);
            }
        }

        /** Matters raised to the parent group, answered at the parent's next meeting in most cases. */
        void mattersRaised(Area area, List<PastItem> pastItems) {
            for (var item : pastItems) {
                var mtg = item.meeting();
                if (mtg.group().parentId() == null || random.nextInt(100) >= 6) {
                    continue;
                }
                var topic = TOPICS[random.nextInt(TOPICS.length)];
                var answer = meetingsOfGroup.getOrDefault(mtg.group().parentId(), new TreeMap<>()).higherEntry(mtg.heldOn());
                var answered = answer != null && answer.getValue().heldOn().isBefore(today) && answer.getValue().mattersItemId() != 0
                        && random.nextInt(100) < 75;
                rows.add(ESCALATION, area.partnershipId(), mtg.group().id(), mtg.group().parentId(), item.id(),
                        "The group asks for help with " + topic + ": " + fill(MEETING_SENTENCES[random.nextInt(MEETING_SENTENCES.length)], random),
                        mtg.heldOn(), answered ? answer.getValue().mattersItemId() : null,
                        answered ? "The executive agreed to " + (random.nextBoolean() ? "raise " : "take forward ") + topic
                                + " with " + AGENCIES[random.nextInt(AGENCIES.length)] + "." : null,
                        answered ? answer.getValue().heldOn() : null);
            }
        }

        /**
         * The tracker: most actions come from the minutes, the rest are raised on it directly. An action
         * raised from a confidential agenda item is confidential, as the tracker makes it.
         */
        void tracker(Area area, int count, List<PastItem> pastItems) {
            long[] actionIds = writer.ids(ACTION, count);
            for (int k = 0; k < count; k++) {
                var fromMinutes = !pastItems.isEmpty() && random.nextInt(100) < 72;
                var item = fromMinutes ? pastItems.get(random.nextInt(pastItems.size())) : null;
                Grp group = fromMinutes ? item.meeting().group()
                        : random.nextInt(100) < 85 ? area.groups().get(random.nextInt(area.groups().size())) : null;
                LocalDate raisedOn = fromMinutes ? item.meeting().heldOn()
                        : first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay())));
                var dueOn = random.nextInt(100) < 8 ? null : raisedOn.plusDays(14 + random.nextInt(140));
                var status = status(dueOn == null ? raisedOn.plusDays(90) : dueOn);
                LocalDate closedOn = null;
                if (status.equals("CLOSED")) {
                    var on = (dueOn == null ? raisedOn.plusDays(90) : dueOn).plusDays(random.nextInt(80) - 20);
                    closedOn = on.isAfter(today) ? today : on.isBefore(raisedOn) ? raisedOn : on;
                }
                if (dueOn != null && dueOn.isBefore(today) && (status.equals("OPEN") || status.equals("IN_PROGRESS"))) {
                    overdue++;
                }
                int ownerKind = random.nextInt(100);
                var people = group != null && !group.members().isEmpty() ? group.members() : area.groups().getFirst().members();
                var allPartners = ownerKind >= 92 || people.isEmpty();
                rows.add(ACTION, actionIds[k], area.partnershipId(), group == null ? null : group.id(),
                        fill(ACTIONS[random.nextInt(ACTIONS.length)], random), allPartners, dueOn, status,
                        fromMinutes ? "MEETING_ITEM" : "RAISED_DIRECTLY", fromMinutes ? item.id() : null,
                        fromMinutes ? group.name() + ", " + raisedOn + ", item " + item.position() : null, area.bench(), raisedOn,
                        raisedOn.plusDays(7), closedOn, raisedOn.atTime(9, 0).atOffset(ZoneOffset.UTC).toString(),
                        raisedOn.plusDays(7), fromMinutes && item.confidential()); // as confidential as the item it came from
                if (!allPartners) {
                    owners(area, actionIds[k], ownerKind, people);
                }
                updates += SyntheticActionLog.write(rows, actionIds[k], status, raisedOn, today, area.bench(), random,
                        () -> fill(UPDATES[random.nextInt(UPDATES.length)], random));
                rows.flushIfOver(FLUSH_AT);
            }
            rows.flush();
        }

        private String status(LocalDate reference) {
            return SyntheticActionLog.status(reference, today, random);
        }

        /** One or two members of the group, or an organisation (sometimes with a named person). */
        private void owners(Area area, long actionId, int ownerKind, List<long[]> people) {
            if (ownerKind < 62 || area.organisations().isEmpty()) {
                var chosen = new LinkedHashSet<Long>();
                chosen.add(people.get(random.nextInt(people.size()))[0]);
                if (random.nextInt(100) < 20) {
                    chosen.add(people.get(random.nextInt(people.size()))[0]);
                }
                for (var person : chosen) {
                    rows.add(ACTION_OWNER, actionId, person, null);
                }
            } else {
                rows.add(ACTION_OWNER, actionId, null, area.organisations().get(random.nextInt(area.organisations().size())));
                if (ownerKind >= 85) {
                    rows.add(ACTION_OWNER, actionId, people.get(random.nextInt(people.size()))[0], null);
                }
            }
        }
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

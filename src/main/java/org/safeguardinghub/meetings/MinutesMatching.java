package org.safeguardinghub.meetings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguardinghub.meetings.extraction.Deadline;
import org.safeguardinghub.meetings.extraction.ExtractedMinutes;
import org.safeguardinghub.meetings.extraction.MinutesExtractor.ReadMinutes;
import org.safeguardinghub.partnership.Member;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches what was read from minutes to the Hub. A name is certain only when exactly one person in
 * the partnership has it. Otherwise, for people who have since moved on, the Hub suggests the
 * group's member who holds the same post in the same organisation, and says so: a suggestion is
 * never certain. Owners are matched through the attendees, then as "all partners", then to an
 * organisation of the partnership by name.
 */
@Component
@Transactional(readOnly = true)
class MinutesMatching {

    private static final Pattern ALL_PARTNERS = Pattern.compile(
            "(?i)^(?:all\\s+)?(?:the\\s+)?(?:partners|partner\\s+agencies|agencies|all|everyone|all\\s+members|members)$");
    private static final Pattern BUSINESS_UNIT = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:partnership(?:'s)?\\s+|sscp\\s+|lscp\\s+)?business\\s+(?:support\\s+)?unit$");
    /**
     * The partnership's own staff are listed under its business unit, but employed by one of the
     * partners; for them the organisation in the minutes says nothing about the post.
     */
    private static final Pattern BUSINESS_UNIT_STAFF = Pattern.compile("(?i)\\bbusiness\\s+(?:support\\s+)?unit\\b");
    private static final Set<String> TITLE_NOISE = Set.of("for", "of", "and", "the", "in", "to", "a", "interim", "acting",
            "shropshire", "sscp", "lscp", "nhs", "trust");
    private static final Set<String> ORGANISATION_NOISE = Set.of("the", "of", "and", "nhs", "for");
    private static final double SAME_POST = 0.6;

    private final People people;
    private final Organisations organisations;
    private final PartnershipStructure structure;
    private final MeetingDiary diary;

    MinutesMatching(People people, Organisations organisations, PartnershipStructure structure, MeetingDiary diary) {
        this.people = people;
        this.organisations = organisations;
        this.structure = structure;
        this.diary = diary;
    }

    MinutesDraft draft(long partnershipId, long groupId, ReadMinutes read) {
        var minutes = read.minutes();
        var everyone = people.allIn(partnershipId);
        var byName = everyone.stream().collect(Collectors.groupingBy(p -> normalise(p.getFullName())));
        var members = structure.membersOf(partnershipId, groupId);
        var organisationsOfPartnership = organisations.in(partnershipId).stream().map(OrganisationInPartnership::organisation)
                .toList();

        var rows = new ArrayList<MinutesDraft.AttendeeRow>();
        var taken = new HashSet<Long>();
        for (var attendee : minutes.attendees()) {
            rows.add(attendee(attendee, byName, members, taken));
        }
        for (var name : minutes.apologies()) {
            rows.add(byNameOnly(name, AttendanceStatus.APOLOGIES, byName, taken));
        }
        for (var name : minutes.notInAttendance()) {
            rows.add(byNameOnly(name, AttendanceStatus.ABSENT, byName, taken));
        }
        var rowsByName = new HashMap<String, MinutesDraft.AttendeeRow>();
        rows.forEach(r -> rowsByName.putIfAbsent(normalise(r.name()), r));

        var items = minutes.items().stream().map(i -> new MinutesDraft.ItemRow(i.number(), i.title())).toList();
        var nextMeeting = minutes.date() == null ? null : diary.nextAfter(groupId, minutes.date()).orElse(null);
        var actions = new ArrayList<MinutesDraft.ActionRow>();
        for (var action : minutes.actions()) {
            actions.add(action(action, minutes, items, rowsByName, byName, organisationsOfPartnership, nextMeeting,
                    businessUnitOf(members, minutes)));
        }
        var decisions = minutes.decisions().stream().map(d -> {
            var item = itemIndex(items, d.item());
            return new MinutesDraft.DecisionRow(item, d.text(), item == null ? "Choose the item this decision was made on" : null);
        }).toList();
        var heading = read.heading();
        return new MinutesDraft(UUID.randomUUID().toString(), partnershipId, groupId, minutes.file(), minutes.title(),
                minutes.date(), heading.startsAt(), heading.endsAt(), heading.place(), minutes.warnings(), rows, items,
                actions, decisions);
    }

    private MinutesDraft.AttendeeRow attendee(ExtractedMinutes.Attendee attendee, Map<String, List<Person>> byName,
            List<Member> members, Set<Long> taken) {
        var asWritten = new StringBuilder(attendee.name());
        if (attendee.initials() != null) asWritten.append(" (").append(attendee.initials()).append(")");
        if (attendee.role() != null) asWritten.append(", ").append(attendee.role());
        if (attendee.organisation() != null) asWritten.append(", ").append(attendee.organisation());
        var named = byName.getOrDefault(normalise(attendee.name()), List.of());
        if (named.size() == 1) {
            taken.add(named.getFirst().getId());
            return new MinutesDraft.AttendeeRow(attendee.name(), asWritten.toString(), named.getFirst().getId(),
                    AttendanceStatus.PRESENT, null);
        }
        if (named.size() > 1) {
            return new MinutesDraft.AttendeeRow(attendee.name(), asWritten.toString(), null, AttendanceStatus.PRESENT,
                    "More than one person in the Hub is called " + attendee.name() + "; choose who this is");
        }
        var samePost = samePost(attendee, members, taken);
        if (samePost != null) {
            taken.add(samePost.person().getId());
            return new MinutesDraft.AttendeeRow(attendee.name(), asWritten.toString(), samePost.person().getId(),
                    AttendanceStatus.PRESENT, attendee.name() + " is not in the Hub. " + samePost.person().getFullName()
                            + " holds a similar post on this group (" + samePost.person().getJobTitle()
                            + (samePost.organisation() == null ? "" : ", " + samePost.organisation().getName())
                            + "); check it is them or choose someone else");
        }
        return new MinutesDraft.AttendeeRow(attendee.name(), asWritten.toString(), null, AttendanceStatus.PRESENT,
                attendee.name() + " is not in the Hub; choose who this is, or leave them out");
    }

    private static MinutesDraft.AttendeeRow byNameOnly(String name, AttendanceStatus status,
            Map<String, List<Person>> byName, Set<Long> taken) {
        var named = byName.getOrDefault(normalise(name), List.of());
        if (named.size() == 1 && !taken.contains(named.getFirst().getId())) {
            taken.add(named.getFirst().getId());
            return new MinutesDraft.AttendeeRow(name, name, named.getFirst().getId(), status, null);
        }
        return new MinutesDraft.AttendeeRow(name, name, null, status, named.size() > 1
                ? "More than one person in the Hub is called " + name + "; choose who this is"
                : name + " is not in the Hub; choose who this is, or leave them out");
    }

    /** The group's one member whose post is most like the attendee's, in a compatible organisation. */
    private static Member samePost(ExtractedMinutes.Attendee attendee, List<Member> members, Set<Long> taken) {
        if (attendee.role() == null) {
            return null;
        }
        var title = words(attendee.role(), TITLE_NOISE);
        Member best = null;
        double bestScore = 0;
        boolean tie = false;
        var seen = new HashSet<Long>();
        for (var member : members) {
            var person = member.person();
            if (!seen.add(person.getId()) || taken.contains(person.getId()) || person.getJobTitle() == null) {
                continue;
            }
            if (attendee.organisation() != null && member.organisation() != null
                    && !BUSINESS_UNIT_STAFF.matcher(attendee.organisation()).find()
                    && !sameOrganisation(attendee.organisation(), member.organisation().getName())) {
                continue;
            }
            var score = similarity(title, words(person.getJobTitle(), TITLE_NOISE));
            if (score > bestScore) {
                best = member;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return bestScore >= SAME_POST && !tie ? best : null;
    }

    private MinutesDraft.ActionRow action(ExtractedMinutes.Action action, ExtractedMinutes minutes,
            List<MinutesDraft.ItemRow> items, Map<String, MinutesDraft.AttendeeRow> rowsByName,
            Map<String, List<Person>> byName, List<Organisation> organisationsOfPartnership, Meeting nextMeeting,
            List<Person> businessUnit) {
        var notes = new ArrayList<String>();
        var owners = new LinkedHashSet<String>();
        var certain = new LinkedHashSet<String>();
        var allCertain = true;
        for (var owner : action.owners()) {
            var row = rowsByName.get(normalise(owner));
            if (row != null) {
                if (row.personId() != null) {
                    owners.add(MinutesDraft.person(row.personId()));
                    if (row.certain()) {
                        certain.add(MinutesDraft.person(row.personId()));
                    } else {
                        allCertain = false;
                        notes.add("The owner " + owner + " is not in the Hub by that name; check the suggested person");
                    }
                } else {
                    allCertain = false;
                    notes.add("The owner " + owner + " could not be matched to anyone in the Hub; choose the owner");
                }
                continue;
            }
            if (ALL_PARTNERS.matcher(owner.strip()).matches()) {
                owners.add(MinutesDraft.ALL_PARTNERS);
                certain.add(MinutesDraft.ALL_PARTNERS);
                continue;
            }
            if (BUSINESS_UNIT.matcher(owner.strip()).matches() && !businessUnit.isEmpty()) {
                businessUnit.forEach(p -> owners.add(MinutesDraft.person(p.getId())));
                allCertain = false;
                notes.add("\"" + owner + "\" is given to the group's business unit support ("
                        + businessUnit.stream().map(Person::getFullName).collect(Collectors.joining(" and "))
                        + "); check who should own it");
                continue;
            }
            var organisation = organisationsOfPartnership.stream().filter(o -> sameOrganisation(owner, o.getName())).toList();
            if (organisation.size() == 1) {
                owners.add(MinutesDraft.organisation(organisation.getFirst().getId()));
                certain.add(MinutesDraft.organisation(organisation.getFirst().getId()));
                continue;
            }
            var named = byName.getOrDefault(normalise(owner), List.of());
            if (named.size() == 1) {
                owners.add(MinutesDraft.person(named.getFirst().getId()));
                certain.add(MinutesDraft.person(named.getFirst().getId()));
                continue;
            }
            allCertain = false;
            notes.add("The owner \"" + owner + "\" could not be matched to a person or organisation in the Hub; choose the owner");
        }
        if (action.owners().isEmpty()) {
            allCertain = false;
            notes.add("The minutes do not say who owns this action; choose the owner");
        }
        var deadline = Deadline.of(action.due(), minutes.date());
        var dueOn = deadline.date();
        switch (deadline.kind()) {
            case NEXT_MEETING -> {
                if (nextMeeting != null) {
                    dueOn = nextMeeting.getHeldOn();
                    notes.add("Due \"" + action.due() + "\": the group's next meeting in the Hub is on "
                            + MeetingDiary.DAY.format(dueOn) + "; check that is the one meant");
                } else {
                    notes.add("Due \"" + action.due() + "\": the group has no later meeting in the Hub, so enter the date if it is known");
                }
            }
            case UNDATED -> notes.add("Due \"" + action.due() + "\" gives no date; enter one if there is one");
            default -> {
            }
        }
        var item = itemIndex(items, action.item());
        if (item == null) {
            notes.add("Choose the item this action was raised under");
        }
        return new MinutesDraft.ActionRow(item, action.text(), action.owners(), List.copyOf(owners),
                allCertain ? List.copyOf(certain) : List.of(), action.due(), dueOn, notes);
    }

    /** The group's business unit support on the meeting date (or now, when the minutes give no date). */
    private static List<Person> businessUnitOf(List<Member> members, ExtractedMinutes minutes) {
        return members.stream().filter(m -> m.membership().getRole() == MembershipRole.BUSINESS_UNIT_SUPPORT)
                .filter(m -> minutes.date() == null ? m.isCurrent() : m.membership().isCurrent(minutes.date()))
                .map(Member::person)
                .collect(Collectors.toMap(Person::getId, p -> p, (a, b) -> a, java.util.LinkedHashMap::new)).values().stream()
                .toList();
    }

    private static Integer itemIndex(List<MinutesDraft.ItemRow> items, String number) {
        if (number == null) {
            return null;
        }
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).number(), number)) {
                return i;
            }
        }
        return null;
    }

    static String normalise(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z' -]", " ").replaceAll("\\s+", " ").strip();
    }

    /** "Shropshire Telford & Wrekin ICB" and "Shropshire Telford and Wrekin Integrated Care Board" are not matched; "&" and "NHS" are. */
    static boolean sameOrganisation(String written, String known) {
        var a = words(written, ORGANISATION_NOISE);
        var b = words(known, ORGANISATION_NOISE);
        return !a.isEmpty() && !b.isEmpty() && (b.containsAll(a) || a.containsAll(b));
    }

    private static Set<String> words(String text, Set<String> noise) {
        return Arrays.stream(normalise(text.replace("&", " and ").replace("co-ordinator", "coordinator")
                        .replace("Co-Ordinator", "coordinator").replace("Co-ordinator", "coordinator")).split("[^a-z']+"))
                .filter(w -> !w.isBlank() && !noise.contains(w)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var common = a.stream().filter(b::contains).count();
        var union = new HashSet<>(a);
        union.addAll(b);
        return (double) common / union.size();
    }
}

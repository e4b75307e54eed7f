package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.TrackedAction;
import org.safeguardinghub.meetings.extraction.MinutesExtractor;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seed 004 (the Shropshire oversight group's minutes of 17 May 2023) imported against PostgreSQL and the demo. */
@HubIntegrationTest
class MinutesImportIntegrationTests {

    static final Path SEED_004 = Path.of("src/test/resources/minutes/004-shropshire-practice-oversight-group.txt");
    static final String OVERSIGHT = "Children's Safeguarding and Protection Practice Oversight Group";

    @Autowired
    MeetingDiary meetings;
    @Autowired
    AttendanceRegister register;
    @Autowired
    MinutesBook minutesBook;
    @Autowired
    MinutesImport minutesImport;
    @Autowired
    MinutesMatching matching;
    @Autowired
    ActionTracker tracker;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    JdbcTemplate jdbc;

    long shropshire;
    String unique;

    @BeforeEach
    void demo() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private long person(String fullName) {
        return jdbc.queryForObject("""
                select p.id from person p join partnership_person pp on pp.person_id = p.id
                where pp.partnership_id = ? and p.given_name || ' ' || p.family_name = ?""", Long.class, shropshire, fullName);
    }

    /**
     * A copy of the oversight group with the same seats, so that each test imports the seed's date
     * into a group no other test (or the browser journey, which uses the real group) touches.
     */
    private long oversightCopy() {
        var oversight = jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?",
                Long.class, shropshire, OVERSIGHT);
        var copy = structure.addGroup(shropshire, null, "Oversight copy " + unique, GroupKind.SUBGROUP, null, null, false, null);
        structure.membersOf(shropshire, oversight).forEach(m -> structure.addMembership(shropshire, copy.getId(),
                m.person().getId(), m.organisation() == null ? null : m.organisation().getId(), m.membership().getRole(),
                null, m.membership().getStartsOn(), null));
        return copy.getId();
    }

    private MinutesDraft seed004(long groupId) throws Exception {
        return matching.draft(shropshire, groupId, new MinutesExtractor().read("004_5d5fd3e4636433d6.txt", Files.readAllBytes(SEED_004)));
    }

    /** Everything the draft suggests, with a chosen owner where it had none: what a person who accepts the preview saves. */
    private ConfirmedMinutes accepted(long groupId, MinutesDraft draft, LocalDate heldOn, long fallbackOwner) {
        var attendees = draft.attendees().stream().filter(a -> a.personId() != null)
                .map(a -> new ConfirmedMinutes.Attendee(a.personId(), a.status())).toList();
        var items = draft.items().stream().map(i -> new ConfirmedMinutes.Item(i.title(), false)).toList();
        var actions = new ArrayList<ConfirmedMinutes.Action>();
        for (var row : draft.actions()) {
            var persons = new HashSet<Long>();
            var organisations = new HashSet<Long>();
            for (var owner : row.owners()) {
                if (owner.startsWith("person:")) persons.add(Long.valueOf(owner.substring(7)));
                if (owner.startsWith("organisation:")) organisations.add(Long.valueOf(owner.substring(13)));
            }
            if (persons.isEmpty() && organisations.isEmpty() && !row.owners().contains(MinutesDraft.ALL_PARTNERS)) {
                persons.add(fallbackOwner);
            }
            actions.add(new ConfirmedMinutes.Action(actions.size() + 1, row.item(), row.text(), persons, organisations,
                    row.owners().contains(MinutesDraft.ALL_PARTNERS), row.dueOn()));
        }
        var decisions = draft.decisions().stream().map(d -> new ConfirmedMinutes.Decision(d.item(), d.text())).toList();
        return new ConfirmedMinutes(shropshire, groupId, draft.fileName(), heldOn, draft.startsAt(), draft.endsAt(),
                draft.place(), null, attendees, items, actions, decisions, "business.unit");
    }

    @Test
    void seed004IsReadAndMatchedToTheDemoWithEveryUncertainMatchFlagged() throws Exception {
        var draft = seed004(oversightCopy());

        assertThat(draft.date()).isEqualTo(LocalDate.of(2023, 5, 17));
        assertThat(draft.startsAt()).isEqualTo(LocalTime.of(14, 15));
        assertThat(draft.endsAt()).isEqualTo(LocalTime.of(16, 45));
        assertThat(draft.place()).isEqualTo("Microsoft Teams");
        assertThat(draft.items()).hasSize(13);
        assertThat(draft.actions()).hasSize(14);
        assertThat(draft.decisions()).hasSize(1);
        assertThat(draft.decisions().getFirst().item()).isEqualTo(1);

        // The demo's people are fictional stand-ins holding the posts named in the minutes: suggested, never certain.
        var tanya = draft.attendees().stream().filter(a -> a.name().equals("Tanya Miles")).findFirst().orElseThrow();
        assertThat(tanya.personId()).isEqualTo(person("Rachel Okafor"));
        assertThat(tanya.certain()).isFalse();
        assertThat(tanya.note()).contains("Tanya Miles is not in the Hub", "Rachel Okafor holds a similar post");
        var teresa = draft.attendees().stream().filter(a -> a.name().equals("Teresa Tanner")).findFirst().orElseThrow();
        assertThat(teresa.personId()).as("same post, matched by organisation").isEqualTo(person("Lucy Hammond"));
        var sharon = draft.attendees().stream().filter(a -> a.name().equals("Sharon Conlon")).findFirst().orElseThrow();
        assertThat(sharon.personId()).as("the same title at a different organisation is not the same post").isNull();
        assertThat(sharon.note()).contains("Sharon Conlon is not in the Hub");
        var lisa = draft.attendees().stream().filter(a -> a.name().equals("Lisa Charles")).findFirst().orElseThrow();
        assertThat(lisa.personId()).as("business unit staff are matched by post whoever employs them")
                .isEqualTo(person("Priya Sandhu"));
        var jo = draft.attendees().stream().filter(a -> a.name().equals("Jo Kelly")).findFirst().orElseThrow();
        assertThat(jo.status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(jo.personId()).isNull();
        assertThat(jo.note()).contains("not in the Hub");

        var first = draft.actions().getFirst();
        assertThat(first.owners()).containsExactly(MinutesDraft.person(person("Alison Grant")));
        assertThat(first.certainOwners()).isEmpty();
        assertThat(first.notes()).anyMatch(n -> n.contains("David Shaw"));
        var partners = draft.actions().get(2);
        assertThat(partners.owners()).containsExactly(MinutesDraft.ALL_PARTNERS);
        assertThat(partners.certainOwners()).containsExactly(MinutesDraft.ALL_PARTNERS);
        assertThat(partners.dueOn()).as("within seven days of 17 May 2023").isEqualTo(LocalDate.of(2023, 5, 24));
        assertThat(partners.notes()).isEmpty();
        var businessUnit = draft.actions().get(1);
        assertThat(businessUnit.owners()).containsExactlyInAnyOrder(MinutesDraft.person(person("Priya Sandhu")),
                MinutesDraft.person(person("Tom Beckett")));
        assertThat(businessUnit.notes()).anyMatch(n -> n.contains("business unit support"));
        var nextMeeting = draft.actions().get(12);
        assertThat(nextMeeting.dueAsWritten()).isEqualTo("at the next meeting");
        assertThat(nextMeeting.dueOn()).as("the group has no later meeting").isNull();
        assertThat(nextMeeting.notes()).anyMatch(n -> n.contains("no later meeting in the Hub"));
        assertThat(draft.warnings()).anyMatch(w -> w.contains("both listed as SC"));
    }

    @Test
    void byTheNextMeetingIsTheDateOfTheGroupsNextMeetingWhenThereIsOne() throws Exception {
        var group = oversightCopy();
        meetings.schedule(new ScheduleMeeting(shropshire, group, LocalDate.of(2023, 7, 19), LocalTime.of(14, 0), null,
                "Shirehall", null));
        var draft = seed004(group);
        var nextMeeting = draft.actions().get(12);
        assertThat(nextMeeting.dueOn()).isEqualTo(LocalDate.of(2023, 7, 19));
        assertThat(nextMeeting.notes()).anyMatch(n -> n.contains("next meeting in the Hub is on 19 July 2023"));
    }

    @Test
    void confirmingSavesTheMeetingItsItemsAttendanceDecisionsAndActionsTogether() throws Exception {
        var group = oversightCopy();
        var draft = seed004(group);
        var chosen = person("Joanne Whitfield");

        var meeting = minutesImport.importMinutes(accepted(group, draft, draft.date(), chosen));

        var saved = meetings.find(shropshire, meeting.getId()).orElseThrow();
        assertThat(saved.getMinutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(saved.getImportedFrom()).isEqualTo("004_5d5fd3e4636433d6.txt");
        assertThat(saved.getLocation()).isEqualTo("Microsoft Teams");
        var agenda = meetings.agenda(meeting.getId());
        assertThat(agenda).extracting(AgendaItem::getTitle).startsWith("Welcome & Introductions",
                "Terms of Reference (including membership)");
        assertThat(agenda).extracting(AgendaItem::getPosition).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(minutesBook.decisionsOf(meeting.getId())).singleElement().satisfies(d -> {
            assertThat(d.getAgendaItemId()).isEqualTo(agenda.get(1).getId());
            assertThat(d.getText()).contains("agreed the Terms of Reference");
        });

        var actions = tracker.raisedFrom(shropshire, ActionSource.Type.MEETING_ITEM, agenda.stream().map(AgendaItem::getId).toList());
        assertThat(actions).hasSize(14);
        var byText = actions.stream().collect(java.util.stream.Collectors.toMap(a -> a.action().getDescription(), a -> a));
        TrackedAction first = byText.get("DS to link with LC to discuss Primary and Secondary school colleagues being included in the membership list.");
        assertThat(first.ownerPersonIds()).containsExactly(person("Alison Grant"));
        assertThat(first.action().getSource().id()).isEqualTo(agenda.get(1).getId());
        assertThat(first.action().getSource().label()).isEqualTo("Oversight copy " + unique + ", 17 May 2023, item 2");
        var partners = actions.stream().filter(a -> a.action().getDescription().startsWith("Partners to respond")).findFirst().orElseThrow();
        assertThat(partners.action().isAllPartners()).isTrue();
        assertThat(partners.action().getDueOn()).isEqualTo(LocalDate.of(2023, 5, 24));
        assertThat(partners.action().getGroupId()).isEqualTo(group);

        var sheet = register.attendanceSheet(shropshire, saved);
        assertThat(sheet.stream().filter(r -> r.personId() == person("Rachel Okafor")).findFirst().orElseThrow().status())
                .isEqualTo(AttendanceStatus.PRESENT);
        assertThat(sheet.stream().filter(r -> r.status() != null).count())
                .isEqualTo(draft.attendees().stream().filter(a -> a.personId() != null).count());
    }

    @Test
    void anOwnerFromAnotherPartnershipStopsTheWholeImportAndNothingIsSaved() throws Exception {
        var group = oversightCopy();
        var draft = seed004(group);
        var good = accepted(group, draft, LocalDate.of(2023, 5, 17), person("Joanne Whitfield"));
        var staffordshire = partnerships.bySlug("staffordshire").orElseThrow().getId();
        var outsider = jdbc.queryForObject("""
                select pp.person_id from partnership_person pp where pp.partnership_id = ?
                and not exists (select 1 from partnership_person o where o.person_id = pp.person_id and o.partnership_id <> ?)
                order by pp.person_id limit 1""", Long.class, staffordshire, staffordshire);
        var actions = new ArrayList<>(good.actions());
        var last = actions.removeLast();
        actions.add(new ConfirmedMinutes.Action(last.number(), last.item(), last.text(), Set.of(outsider), Set.of(), false, null));
        var smuggled = new ConfirmedMinutes(good.partnershipId(), good.groupId(), good.fileName(), good.heldOn(),
                good.startsAt(), good.endsAt(), good.location(), good.onlineLink(), good.attendees(), good.items(), actions,
                good.decisions(), good.importedBy());
        var before = counts();

        assertThatThrownBy(() -> minutesImport.importMinutes(smuggled)).isInstanceOf(Refused.class)
                .hasMessage("Select owners from this partnership")
                .satisfies(refused -> assertThat(((Refused) refused).field())
                        .as("the preview's owner field of the action refused")
                        .isEqualTo("action-" + (last.number() - 1) + "-owner-0"));

        assertThat(counts()).isEqualTo(before);
        assertThat(meetings.ofGroup(group)).isEmpty();
    }

    @Test
    void minutesForADateTheGroupAlreadyMetOnAreRefused() throws Exception {
        var group = oversightCopy();
        meetings.schedule(new ScheduleMeeting(shropshire, group, LocalDate.of(2023, 5, 17), LocalTime.of(14, 15), null,
                "Shirehall", null));
        var draft = seed004(group);
        var before = counts();
        assertThatThrownBy(() -> minutesImport.importMinutes(accepted(group, draft, draft.date(), person("Joanne Whitfield"))))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("already has a meeting on 17 May 2023, with no minutes yet");
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        var counts = new java.util.TreeMap<String, Long>();
        for (var table : List.of("meeting", "agenda_item", "attendance", "decision", "action", "action_owner", "audit_event")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}

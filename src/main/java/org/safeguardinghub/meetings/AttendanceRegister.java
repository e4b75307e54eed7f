package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Member;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.OrganisationType;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended a meeting, sent apologies or a deputy; the interests declared there; and whether it
 * was quorate under its group's rule.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class AttendanceRegister {

    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final ConflictOfInterestRepository conflicts;
    private final QuorumRuleRepository quorumRules;
    private final MeetingDiary diary;
    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;

    AttendanceRegister(MeetingRepository meetings, AttendanceRepository attendance,
            ConflictOfInterestRepository conflicts, QuorumRuleRepository quorumRules, MeetingDiary diary,
            PartnershipStructure structure, People people, Organisations organisations) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.conflicts = conflicts;
        this.quorumRules = quorumRules;
        this.diary = diary;
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
    }

    /** Current members of the group, then anyone else recorded as attending, each with what was recorded. */
    public List<AttendanceRow> attendanceSheet(long partnershipId, Meeting meeting) {
        var recorded = attendance.findByMeetingId(meeting.getId()).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, a -> a, (a, b) -> a, LinkedHashMap::new));
        var names = people.allIn(partnershipId).stream().collect(Collectors.toMap(Person::getId, p -> p));
        var organisationNames = organisationNames(partnershipId);
        var rows = new ArrayList<AttendanceRow>();
        var seen = new HashSet<Long>();
        var members = structure.membersOf(partnershipId, meeting.getGroupId()).stream()
                .filter(m -> m.membership().isCurrent(meeting.getHeldOn()))
                .sorted(Comparator.comparing((Member m) -> m.person().getFamilyName()).thenComparing(m -> m.person().getGivenName()))
                .toList();
        for (var member : members) {
            if (!seen.add(member.person().getId())) {
                continue;
            }
            var row = recorded.get(member.person().getId());
            var organisationId = member.organisation() == null ? null : member.organisation().getId();
            rows.add(row(member.person(), organisationId, organisationNames, true, row, names,
                    member.deputy() == null ? null : member.deputy().getId()));
        }
        recorded.values().stream().filter(a -> !seen.contains(a.getPersonId())).forEach(a -> rows.add(
                row(names.get(a.getPersonId()), a.getOrganisationId(), organisationNames, a.isMember(), a, names, null)));
        return rows;
    }

    private static AttendanceRow row(Person person, Long organisationId, Map<Long, String> organisationNames,
            boolean member, Attendance recorded, Map<Long, Person> names, Long usualDeputy) {
        var deputyId = recorded == null ? null : recorded.getDeputyPersonId();
        return new AttendanceRow(person.getId(), person.getFullName(), person.getJobTitle(), organisationId,
                organisationId == null ? null : organisationNames.get(organisationId), member,
                recorded == null ? null : recorded.getStatus(), deputyId,
                deputyId == null || !names.containsKey(deputyId) ? null : names.get(deputyId).getFullName(), usualDeputy);
    }

    /** One person's attendance as entered on the sheet. */
    @NamedInterface("api")
    public record AttendanceEntry(long personId, AttendanceStatus status, Long deputyPersonId) {
    }

    /**
     * Records the whole attendance sheet and whether the confidentiality statement was agreed, all
     * or nothing. Members not on the list keep what was recorded for them before.
     */
    @Transactional
    public void recordAttendance(long partnershipId, long meetingId, int expectedVersion, List<AttendanceEntry> entries,
            boolean confidentialityAgreed) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        meeting.recordConfidentiality(expectedVersion, confidentialityAgreed);
        var members = currentMembers(partnershipId, meeting);
        var recorded = attendance.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, a -> a));
        for (var entry : entries) {
            if (entry.status() == null) {
                continue;
            }
            if (entry.deputyPersonId() != null && people.find(partnershipId, entry.deputyPersonId()).isEmpty()) {
                throw new Refused("Select a deputy from this partnership");
            }
            var row = recorded.get(entry.personId());
            if (row == null) {
                var member = members.get(entry.personId());
                if (member == null) {
                    throw new Refused("Only members of the group can be on its attendance sheet; "
                            + "add others as in attendance");
                }
                row = attendance.save(new Attendance(partnershipId, meetingId, entry.personId(),
                        member.organisation() == null ? null : member.organisation().getId(), true));
            }
            row.record(entry.status(), entry.deputyPersonId());
        }
        attendance.flush();
        Collisions.flush(meetings, "meeting");
    }

    /**
     * Records the attendance list of minutes written elsewhere: members of the group on the day sit
     * for their organisation, anyone else is in attendance. Each person is listed once.
     */
    void recordListed(long partnershipId, Meeting meeting, List<ConfirmedMinutes.Attendee> listed) {
        var members = currentMembers(partnershipId, meeting);
        var recorded = new HashSet<Long>();
        for (var attendee : listed) {
            var person = people.find(partnershipId, attendee.personId())
                    .orElseThrow(() -> new Refused("attendees", "Select attendees from this partnership"));
            if (!recorded.add(person.getId())) {
                throw new Refused("attendees", person.getFullName() + " is on the attendance list more than once");
            }
            var member = members.get(person.getId());
            var row = new Attendance(partnershipId, meeting.getId(), person.getId(),
                    member == null || member.organisation() == null ? null : member.organisation().getId(), member != null);
            row.record(attendee.status(), null);
            attendance.save(row);
        }
        attendance.flush();
    }

    /** Records someone who is not a member (an officer, a guest presenter) as in attendance. */
    @Transactional
    public void addAttendee(long partnershipId, long meetingId, long personId, Long organisationId) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        meeting.startWritingMinutes();
        if (people.find(partnershipId, personId).isEmpty()) {
            throw new Refused("personId", "Select someone from this partnership");
        }
        if (organisationId != null && organisations.find(partnershipId, organisationId).isEmpty()) {
            throw new Refused("organisationId", "Select an organisation from this partnership");
        }
        if (attendance.findByMeetingId(meetingId).stream().anyMatch(a -> a.getPersonId() == personId)) {
            throw new Refused("personId", "They are already on the attendance sheet");
        }
        var member = currentMembers(partnershipId, meeting).containsKey(personId);
        attendance.save(new Attendance(partnershipId, meetingId, personId, organisationId, member));
    }

    @Transactional
    public void declareConflict(long partnershipId, long meetingId, long personId, Long itemId, String description) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        meeting.startWritingMinutes();
        if (people.find(partnershipId, personId).isEmpty()) {
            throw new Refused("conflictPersonId", "Select who declared the interest");
        }
        if (itemId != null && diary.item(partnershipId, meetingId, itemId).isEmpty()) {
            throw new Refused("conflictItemId", "Select an item of this meeting");
        }
        conflicts.save(new ConflictOfInterest(partnershipId, meetingId, personId, itemId, description));
    }

    /**
     * The interests declared at a meeting as this user may read them: one declared on a confidential
     * item is read only by those who may read the item, and never in the published minutes.
     */
    List<ConflictOfInterest> conflictsOf(CurrentUser user, Meeting meeting, boolean publishedVersion) {
        var includeConfidential = !publishedVersion && diary.maySeeConfidentialItems(user, meeting);
        var confidentialItems = diary.agenda(meeting.getId()).stream().filter(AgendaItem::isConfidential)
                .map(AgendaItem::getId).collect(Collectors.toSet());
        return conflicts.findByMeetingIdOrderById(meeting.getId()).stream()
                .filter(c -> includeConfidential || c.getAgendaItemId() == null || !confidentialItems.contains(c.getAgendaItemId()))
                .toList();
    }

    QuorumRule quorumRule(long partnershipId, long groupId) {
        return quorumRules.findById(groupId).filter(r -> r.partnershipId() == partnershipId)
                .orElseGet(() -> new QuorumRule(partnershipId, groupId));
    }

    @Transactional
    public void setQuorumRule(long partnershipId, long groupId, int expectedVersion, boolean eachSafeguardingPartner,
            Integer minimumPresent) {
        structure.group(partnershipId, groupId).orElseThrow(() -> new Refused("Select a group from this partnership"));
        var rule = quorumRules.findById(groupId).orElseGet(() -> new QuorumRule(partnershipId, groupId));
        rule.change(expectedVersion, eachSafeguardingPartner, minimumPresent);
        quorumRules.save(rule);
        Collisions.flush(quorumRules, "quorum rule");
    }

    /** Checks the recorded attendance against the group's rule. A deputy fills their member's seat. */
    Quorum quorum(long partnershipId, Meeting meeting) {
        var rule = quorumRules.findById(meeting.getGroupId()).orElse(null);
        if (rule == null || (!rule.isEachSafeguardingPartner() && rule.getMinimumPresent() == null)) {
            return new Quorum(false, true, List.of(), "No quorum rule is set for this group");
        }
        var seated = attendance.findByMeetingId(meeting.getId()).stream()
                .filter(a -> a.isMember() && a.getStatus().seatFilled()).toList();
        var shortfalls = new ArrayList<String>();
        var description = new ArrayList<String>();
        if (rule.isEachSafeguardingPartner()) {
            description.add("someone from each of the three safeguarding partners");
            var types = new HashSet<>(seated.stream().map(Attendance::getOrganisationId).filter(Objects::nonNull)
                    .map(id -> organisations.find(partnershipId, id).map(o -> o.organisation().getType()).orElse(null))
                    .filter(Objects::nonNull).toList());
            if (!types.contains(OrganisationType.LOCAL_AUTHORITY)) {
                shortfalls.add("No one present from the local authority");
            }
            if (!types.contains(OrganisationType.INTEGRATED_CARE_BOARD)) {
                shortfalls.add("No one present from the integrated care board");
            }
            if (!types.contains(OrganisationType.POLICE)) {
                shortfalls.add("No one present from the police");
            }
        }
        if (rule.getMinimumPresent() != null) {
            description.add("at least " + rule.getMinimumPresent() + " members");
            if (seated.size() < rule.getMinimumPresent()) {
                shortfalls.add(seated.size() + " members present or represented; " + rule.getMinimumPresent() + " needed");
            }
        }
        return new Quorum(true, shortfalls.isEmpty(), shortfalls, "Quorate with " + String.join(" and ", description));
    }

    /** Attendance by exception for this meeting, compared with the group's meeting before it. */
    AttendanceReport attendanceReport(long partnershipId, Meeting meeting) {
        var here = attendance.findByMeetingId(meeting.getId());
        if (here.isEmpty()) {
            return new AttendanceReport(List.of(), List.of());
        }
        var missedHere = here.stream().filter(a -> a.isMember() && !a.getStatus().seatFilled())
                .map(Attendance::getPersonId).collect(Collectors.toSet());
        var missedTwice = new TreeSet<String>();
        diary.previous(meeting).ifPresent(before -> attendance.findByMeetingId(before.getId()).stream()
                .filter(a -> a.isMember() && !a.getStatus().seatFilled() && missedHere.contains(a.getPersonId()))
                .forEach(a -> people.find(partnershipId, a.getPersonId()).ifPresent(p -> missedTwice.add(p.getFullName()))));
        var represented = here.stream().filter(a -> a.getStatus().seatFilled()).map(Attendance::getOrganisationId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        var names = organisationNames(partnershipId);
        var notRepresented = new TreeSet<String>();
        currentMembers(partnershipId, meeting).values().stream().map(Member::organisation).filter(Objects::nonNull)
                .map(Organisation::getId).filter(id -> !represented.contains(id))
                .forEach(id -> notRepresented.add(names.get(id)));
        return new AttendanceReport(List.copyOf(missedTwice), List.copyOf(notRepresented));
    }

    private Map<Long, Member> currentMembers(long partnershipId, Meeting meeting) {
        return structure.membersOf(partnershipId, meeting.getGroupId()).stream()
                .filter(m -> m.membership().isCurrent(meeting.getHeldOn()))
                .collect(Collectors.toMap(m -> m.person().getId(), m -> m, (a, b) -> a));
    }

    private Map<Long, String> organisationNames(long partnershipId) {
        return organisations.in(partnershipId).stream().map(OrganisationInPartnership::organisation)
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }
}

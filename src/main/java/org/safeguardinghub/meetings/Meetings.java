package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.actions.TrackedAction;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Member;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of the partnership's groups: scheduling and the agenda, attendance and quorum, and
 * the minutes item by item through draft, circulation, approval at the next meeting and
 * publication. Actions are raised on the partnership's one tracker.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaPaperRepository papers;
    private final AttendanceRepository attendance;
    private final ConflictOfInterestRepository conflicts;
    private final QuorumRuleRepository quorumRules;
    private final DecisionRepository decisions;
    private final EscalationRepository escalations;
    private final MinutesAmendmentRepository amendments;
    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;
    private final ActionTracker tracker;
    private final StandingReports reports;
    private final Visibilities visibilities;
    private final Clock clock;

    Meetings(MeetingRepository meetings, AgendaItemRepository items, AgendaPaperRepository papers,
            AttendanceRepository attendance, ConflictOfInterestRepository conflicts, QuorumRuleRepository quorumRules,
            DecisionRepository decisions, EscalationRepository escalations, MinutesAmendmentRepository amendments,
            PartnershipStructure structure, People people, Organisations organisations, ActionTracker tracker,
            StandingReports reports, Visibilities visibilities, Clock clock) {
        this.visibilities = visibilities;
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.attendance = attendance;
        this.conflicts = conflicts;
        this.quorumRules = quorumRules;
        this.decisions = decisions;
        this.escalations = escalations;
        this.amendments = amendments;
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
        this.tracker = tracker;
        this.reports = reports;
        this.clock = clock;
    }

    // Scheduling and the agenda

    /** Puts a meeting in the diary with the standing items every agenda starts and ends with. */
    @Transactional
    public Meeting schedule(ScheduleMeeting command) {
        var group = structure.group(command.partnershipId(), command.groupId())
                .orElseThrow(() -> new Refused("Select a group from this partnership"));
        if (group.getEndsOn() != null && command.heldOn().isAfter(group.getEndsOn())) {
            throw new Refused("heldOn", group.getName() + " ended on " + DAY.format(group.getEndsOn())
                    + ", so it cannot meet after that");
        }
        var meeting = meetings.saveAndFlush(new Meeting(command.partnershipId(), command.groupId(), command.heldOn(),
                command.startsAt(), command.endsAt(), command.location(), command.onlineLink()));
        var hasSubgroups = structure.groups(command.partnershipId()).stream()
                .anyMatch(g -> command.groupId() == (g.getParentId() == null ? -1 : g.getParentId()));
        var position = 1;
        for (var kind : AgendaItemKind.values()) {
            if (!kind.isOnEveryAgenda() || (kind == AgendaItemKind.MATTERS_RAISED && !hasSubgroups)) {
                continue;
            }
            items.save(new AgendaItem(command.partnershipId(), meeting.getId(), position++, kind, kind.standardTitle(),
                    null, false));
        }
        return meeting;
    }

    @Transactional
    public void reschedule(long partnershipId, long meetingId, int expectedVersion, ScheduleMeeting command) {
        meeting(partnershipId, meetingId).reschedule(expectedVersion, command.heldOn(), command.startsAt(),
                command.endsAt(), command.location(), command.onlineLink());
        meetings.flush();
    }

    /** A meeting as this user may see it: meetings of a confidential group they cannot see do not exist for them. */
    public Optional<Meeting> find(CurrentUser user, long partnershipId, long meetingId) {
        return meetings.findByIdAndPartnershipId(meetingId, partnershipId)
                .filter(m -> structure.groupFor(user, partnershipId, m.getGroupId()).isPresent());
    }

    public Optional<Meeting> find(long partnershipId, long meetingId) {
        return meetings.findByIdAndPartnershipId(meetingId, partnershipId);
    }

    /** A group's meetings, latest first. */
    public List<Meeting> ofGroup(long groupId) {
        return meetings.findByGroupIdOrderByHeldOnDescStartsAtDesc(groupId);
    }

    /** Every meeting of the groups this user may see, latest first. */
    public Page<Meeting> visible(CurrentUser user, long partnershipId, int page, int size) {
        var visible = structure.visibleGroups(user, partnershipId).stream().map(Group::getId).collect(Collectors.toSet());
        var hidden = new ArrayList<Long>();
        structure.groups(partnershipId).stream().map(Group::getId).filter(id -> !visible.contains(id)).forEach(hidden::add);
        hidden.add(-1L);
        return meetings.findVisible(partnershipId, hidden, PageRequest.of(Math.max(0, page - 1), size));
    }

    /** The same group's meeting before this one, whose minutes this one approves. */
    public Optional<Meeting> previous(Meeting meeting) {
        return meetings.findPrevious(meeting.getGroupId(), meeting.getHeldOn(), meeting.getStartsAt(), meeting.getId());
    }

    /** The meeting that approved this one's minutes, if they have been approved. */
    public Optional<Meeting> approvedAt(Meeting meeting) {
        if (meeting.getApprovedByDecisionId() == null) {
            return Optional.empty();
        }
        return decisions.findById(meeting.getApprovedByDecisionId()).flatMap(d -> meetings.findById(d.getMeetingId()));
    }

    public List<AgendaItem> agenda(long meetingId) {
        return items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
    }

    public Optional<AgendaItem> item(long partnershipId, long meetingId, long itemId) {
        return items.findById(itemId)
                .filter(i -> i.getMeetingId() == meetingId && i.partnershipId() == partnershipId);
    }

    /** Adds an item before "Any other business". */
    @Transactional
    public AgendaItem addItem(long partnershipId, long meetingId, String title, String presenter, boolean confidential) {
        return addItem(partnershipId, meetingId, AgendaItemKind.ITEM, title, presenter, confidential);
    }

    /** Adds a standing report (business plan progress, the risk register or the challenge log) before "Any other business". */
    @Transactional
    public AgendaItem addReport(long partnershipId, long meetingId, AgendaItemKind kind, String presenter,
            boolean confidential) {
        if (kind == null || !kind.isReport()) {
            throw new Refused("kind", "Select the report to add");
        }
        return addItem(partnershipId, meetingId, kind, kind.standardTitle(), presenter, confidential);
    }

    private AgendaItem addItem(long partnershipId, long meetingId, AgendaItemKind kind, String title, String presenter,
            boolean confidential) {
        var meeting = meeting(partnershipId, meetingId);
        if (meeting.getMinutesStatus().isSettled()) {
            throw new Refused("The minutes of this meeting have been approved, so its agenda cannot change");
        }
        var agenda = agenda(meetingId);
        var aob = agenda.stream().filter(i -> i.getKind() == AgendaItemKind.ANY_OTHER_BUSINESS).findFirst();
        int position = aob.map(AgendaItem::getPosition)
                .orElse(agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1);
        aob.ifPresent(i -> i.moveTo(position + 1));
        return items.save(new AgendaItem(partnershipId, meetingId, position, kind, title, presenter, confidential));
    }

    /** Whether this user may read the meeting's confidential items ({@link org.safeguardinghub.access.Visibility}). */
    public boolean maySeeConfidentialItems(CurrentUser user, Meeting meeting) {
        return visibilities.of(user, meeting.partnershipId()).readsConfidentialBusinessOf(meeting.getGroupId());
    }

    @Transactional
    public AgendaPaper addPaper(long partnershipId, long meetingId, long itemId, UploadedDocument document,
            String uploadedBy) {
        var item = item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        return papers.save(new AgendaPaper(partnershipId, item.getId(), document.fileName(),
                document.kind().contentType(), document.content(), clock.instant(), uploadedBy));
    }

    public List<AgendaPaper> papersOf(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : papers.findByAgendaItemIdInOrderByUploadedAtAsc(itemIds);
    }

    /** A paper with its bytes, for download, if it belongs to this meeting. */
    public Optional<PaperDownload> paper(long partnershipId, long meetingId, long paperId) {
        return papers.findById(paperId).filter(p -> p.partnershipId() == partnershipId)
                .flatMap(p -> item(partnershipId, meetingId, p.getAgendaItemId())
                        .map(item -> new PaperDownload(p, item, p.getContent())));
    }

    public record PaperDownload(AgendaPaper paper, AgendaItem item, byte[] content) {
    }

    // Attendance, quorum and conflicts of interest

    /** Current members of the group, then anyone else recorded as attending, each with what was recorded. */
    public List<AttendanceRow> attendanceSheet(long partnershipId, Meeting meeting) {
        var recorded = attendance.findByMeetingId(meeting.getId()).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, a -> a, (a, b) -> a, LinkedHashMap::new));
        var names = people.allIn(partnershipId).stream().collect(Collectors.toMap(Person::getId, p -> p));
        var organisationNames = organisationNames(partnershipId);
        var rows = new ArrayList<AttendanceRow>();
        var seen = new java.util.HashSet<Long>();
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
    public record AttendanceEntry(long personId, AttendanceStatus status, Long deputyPersonId) {
    }

    /**
     * Records the whole attendance sheet and whether the confidentiality statement was agreed, all
     * or nothing. Members not on the list keep what was recorded for them before.
     */
    @Transactional
    public void recordAttendance(long partnershipId, long meetingId, int expectedVersion, List<AttendanceEntry> entries,
            boolean confidentialityAgreed) {
        var meeting = meeting(partnershipId, meetingId);
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
        meetings.flush();
    }

    /** Records someone who is not a member (an officer, a guest presenter) as in attendance. */
    @Transactional
    public void addAttendee(long partnershipId, long meetingId, long personId, Long organisationId) {
        var meeting = meeting(partnershipId, meetingId);
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
        var meeting = meeting(partnershipId, meetingId);
        meeting.startWritingMinutes();
        if (people.find(partnershipId, personId).isEmpty()) {
            throw new Refused("conflictPersonId", "Select who declared the interest");
        }
        if (itemId != null && item(partnershipId, meetingId, itemId).isEmpty()) {
            throw new Refused("conflictItemId", "Select an item of this meeting");
        }
        conflicts.save(new ConflictOfInterest(partnershipId, meetingId, personId, itemId, description));
    }

    /**
     * The interests declared at a meeting as this user may read them: one declared on a confidential
     * item is read only by those who may read the item, and never in the published minutes.
     */
    public List<ConflictOfInterest> conflictsOf(CurrentUser user, Meeting meeting, boolean publishedVersion) {
        var includeConfidential = !publishedVersion && maySeeConfidentialItems(user, meeting);
        var confidentialItems = agenda(meeting.getId()).stream().filter(AgendaItem::isConfidential).map(AgendaItem::getId)
                .collect(Collectors.toSet());
        return conflicts.findByMeetingIdOrderById(meeting.getId()).stream()
                .filter(c -> includeConfidential || c.getAgendaItemId() == null || !confidentialItems.contains(c.getAgendaItemId()))
                .toList();
    }

    public QuorumRule quorumRule(long partnershipId, long groupId) {
        return quorumRules.findById(groupId).filter(r -> r.partnershipId() == partnershipId)
                .orElseGet(() -> new QuorumRule(partnershipId, groupId));
    }

    @Transactional
    public void setQuorumRule(long partnershipId, long groupId, int expectedVersion, boolean eachSafeguardingPartner,
            Integer minimumPresent) {
        structure.group(partnershipId, groupId).orElseThrow(() -> new Refused("Select a group from this partnership"));
        var rule = quorumRules.findById(groupId).orElseGet(() -> new QuorumRule(partnershipId, groupId));
        rule.change(expectedVersion, eachSafeguardingPartner, minimumPresent);
        quorumRules.saveAndFlush(rule);
    }

    /** Checks the recorded attendance against the group's rule. A deputy fills their member's seat. */
    public Quorum quorum(long partnershipId, Meeting meeting) {
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
            var types = new java.util.HashSet<>(seated.stream().map(Attendance::getOrganisationId).filter(Objects::nonNull)
                    .map(id -> organisations.find(partnershipId, id).map(o -> o.organisation().getType()).orElse(null))
                    .filter(Objects::nonNull).toList());
            if (!types.contains(org.safeguardinghub.partnership.OrganisationType.LOCAL_AUTHORITY)) {
                shortfalls.add("No one present from the local authority");
            }
            if (!types.contains(org.safeguardinghub.partnership.OrganisationType.INTEGRATED_CARE_BOARD)) {
                shortfalls.add("No one present from the integrated care board");
            }
            if (!types.contains(org.safeguardinghub.partnership.OrganisationType.POLICE)) {
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
    public AttendanceReport attendanceReport(long partnershipId, Meeting meeting) {
        var here = attendance.findByMeetingId(meeting.getId());
        if (here.isEmpty()) {
            return new AttendanceReport(List.of(), List.of());
        }
        var missedHere = here.stream().filter(a -> a.isMember() && !a.getStatus().seatFilled())
                .map(Attendance::getPersonId).collect(Collectors.toSet());
        var missedTwice = new TreeSet<String>();
        previous(meeting).ifPresent(before -> attendance.findByMeetingId(before.getId()).stream()
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

    // Minutes

    @Transactional
    public void writeNotes(long partnershipId, long meetingId, long itemId, int expectedVersion, String notes) {
        meeting(partnershipId, meetingId).startWritingMinutes();
        item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"))
                .writeNotes(expectedVersion, notes);
        items.flush();
    }

    @Transactional
    public Decision recordDecision(long partnershipId, long meetingId, long itemId, String text, String recordedBy) {
        meeting(partnershipId, meetingId).startWritingMinutes();
        var item = item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        return decisions.save(new Decision(partnershipId, meetingId, item.getId(), text, null, recordedBy));
    }

    /** Raises an action on the partnership's tracker from an item of the minutes. */
    @Transactional
    public long raiseAction(long partnershipId, long meetingId, long itemId, String description, Set<Long> ownerPersonIds,
            Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn, String raisedBy) {
        var meeting = meeting(partnershipId, meetingId);
        meeting.startWritingMinutes();
        var item = item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        var group = structure.group(partnershipId, meeting.getGroupId()).orElseThrow();
        var label = group.getName() + ", " + DAY.format(meeting.getHeldOn()) + ", item " + item.getPosition();
        return tracker.raise(new RaiseAction(partnershipId, meeting.getGroupId(), description, ownerPersonIds,
                ownerOrganisationIds, allPartners, dueOn, new ActionSource(ActionSource.Type.MEETING_ITEM, itemId, label),
                raisedBy, item.isConfidential())).getId();
    }

    // Minutes written elsewhere

    /**
     * Saves minutes written outside the Hub as a meeting of the group, in one transaction: the
     * meeting (its minutes in draft), its items in order, who attended, the decisions and the
     * actions raised on the tracker from their items. Any refusal on the way saves none of it. A
     * group meets once on a date, so minutes for a date it already has a meeting on are refused
     * rather than saved as a second meeting. Deadlines already past are kept: historic actions were due then.
     */
    @Transactional
    public Meeting importMinutes(ConfirmedMinutes minutes) {
        var partnershipId = minutes.partnershipId();
        var group = structure.group(partnershipId, minutes.groupId())
                .orElseThrow(() -> new Refused("Select a group from this partnership"));
        if (minutes.heldOn() == null) {
            throw new Refused("heldOn", "Enter the date of the meeting");
        }
        if (minutes.startsAt() == null) {
            throw new Refused("startsAt", "Enter the time the meeting started");
        }
        var sameDay = meetings.findByGroupIdAndHeldOn(group.getId(), minutes.heldOn());
        if (!sameDay.isEmpty()) {
            var existing = sameDay.getFirst();
            throw new Refused("heldOn", group.getName() + " already has a meeting on " + DAY.format(minutes.heldOn())
                    + (existing.getMinutesStatus() == MinutesStatus.NOT_STARTED
                            ? ", with no minutes yet. Write its minutes there, or check the date of these minutes"
                            : ", with minutes. Check the date of these minutes"));
        }
        if (minutes.items().isEmpty()) {
            throw new Refused("items", "The minutes have no items; an imported meeting needs at least one");
        }
        var meeting = meetings.saveAndFlush(new Meeting(partnershipId, group.getId(), minutes.heldOn(), minutes.startsAt(),
                minutes.endsAt(), minutes.location(), minutes.onlineLink()));
        meeting.importedFrom(minutes.fileName());
        meeting.startWritingMinutes();
        var saved = new ArrayList<AgendaItem>();
        var position = 1;
        for (var item : minutes.items()) {
            saved.add(items.save(new AgendaItem(partnershipId, meeting.getId(), position++, AgendaItemKind.ITEM,
                    item.title(), null, item.confidential())));
        }
        var members = currentMembers(partnershipId, meeting);
        var recorded = new java.util.HashSet<Long>();
        for (var attendee : minutes.attendees()) {
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
        for (var decision : minutes.decisions()) {
            decisions.save(new Decision(partnershipId, meeting.getId(), itemAt(saved, decision.item()).getId(),
                    decision.text(), null, minutes.importedBy()));
        }
        for (var action : minutes.actions()) {
            var item = itemAt(saved, action.item());
            var label = group.getName() + ", " + DAY.format(meeting.getHeldOn()) + ", item " + item.getPosition();
            tracker.raise(new RaiseAction(partnershipId, group.getId(), action.text(), action.ownerPersonIds(),
                    action.ownerOrganisationIds(), action.allPartners(), action.dueOn(),
                    new ActionSource(ActionSource.Type.MEETING_ITEM, item.getId(), label), minutes.importedBy(),
                    item.isConfidential()));
        }
        attendance.flush();
        decisions.flush();
        meetings.flush();
        return meeting;
    }

    private static AgendaItem itemAt(List<AgendaItem> saved, int index) {
        if (index < 0 || index >= saved.size()) {
            throw new Refused("items", "Select an item of these minutes");
        }
        return saved.get(index);
    }

    /** The group's meetings on a date; a group has at most one, unless two were scheduled for the same day. */
    public List<Meeting> ofGroupOn(long groupId, LocalDate heldOn) {
        return meetings.findByGroupIdAndHeldOn(groupId, heldOn);
    }

    /** The group's first meeting after a date, which "by the next meeting" in the minutes of that date means. */
    public Optional<Meeting> nextAfter(long groupId, LocalDate date) {
        return meetings.findFirstByGroupIdAndHeldOnAfterOrderByHeldOnAscStartsAtAsc(groupId, date);
    }

    /** Raises a matter from this item to the group's parent group, where it waits for an answer. */
    @Transactional
    public Escalation raiseMatter(long partnershipId, long meetingId, long itemId, String matter) {
        var meeting = meeting(partnershipId, meetingId);
        meeting.startWritingMinutes();
        var item = item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        var group = structure.group(partnershipId, meeting.getGroupId()).orElseThrow();
        if (group.getParentId() == null) {
            throw new Refused("matter", group.getName() + " does not report to another group, so it has no one to raise matters with");
        }
        return escalations.save(new Escalation(partnershipId, group.getId(), group.getParentId(), item.getId(), matter,
                meeting.getHeldOn()));
    }

    /** Answers, at this meeting of the parent group, a matter raised to it. */
    @Transactional
    public void answerMatter(long partnershipId, long meetingId, long itemId, long escalationId, int expectedVersion,
            String response) {
        var meeting = meeting(partnershipId, meetingId);
        meeting.startWritingMinutes();
        var item = item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        var escalation = escalations.findByIdAndPartnershipId(escalationId, partnershipId)
                .filter(e -> e.getToGroupId().equals(meeting.getGroupId()))
                .orElseThrow(() -> new Refused("That matter was not raised to this group"));
        escalation.answer(expectedVersion, item.getId(), response, meeting.getHeldOn());
        escalations.flush();
    }

    /** Matters raised to this group that this user may read, unanswered first. */
    public List<Escalation> mattersRaisedTo(CurrentUser user, long partnershipId, long groupId) {
        return readable(user, partnershipId, escalations.findByToGroupIdOrderByRaisedOnAscIdAsc(groupId)).stream()
                .sorted(Comparator.comparing(Escalation::isAnswered)).toList();
    }

    /** Matters this group raised that this user may read, latest first. */
    public List<Escalation> mattersRaisedBy(CurrentUser user, long partnershipId, long groupId) {
        return readable(user, partnershipId, escalations.findByFromGroupIdOrderByRaisedOnDescIdDesc(groupId));
    }

    /**
     * A matter is read only by those who may read where it was raised (the raising group, and its
     * item if that was confidential) and where it was answered.
     */
    private List<Escalation> readable(CurrentUser user, long partnershipId, List<Escalation> matters) {
        var visibility = visibilities.of(user, partnershipId);
        var itemIds = new java.util.HashSet<Long>();
        matters.forEach(e -> {
            itemIds.add(e.getRaisedAtItemId());
            itemIds.add(e.getAnsweredAtItemId());
        });
        itemIds.remove(null);
        var confidentialItems = items.findByIdIn(List.copyOf(itemIds)).stream().filter(AgendaItem::isConfidential)
                .map(AgendaItem::getId).collect(Collectors.toSet());
        return matters.stream().filter(e -> e.partnershipId() == partnershipId)
                .filter(e -> visibility.reads(e.getFromGroupId(), confidentialItems.contains(e.getRaisedAtItemId())))
                .filter(e -> e.getAnsweredAtItemId() == null
                        || visibility.reads(e.getToGroupId(), confidentialItems.contains(e.getAnsweredAtItemId())))
                .toList();
    }

    /** Where a matter was raised and answered, for linking: the meeting of each item. */
    public Map<Long, Meeting> meetingsOfItems(Collection<Long> itemIds) {
        var found = items.findByIdIn(itemIds.stream().filter(Objects::nonNull).toList());
        var byId = meetings.findAllById(found.stream().map(AgendaItem::getMeetingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Meeting::getId, m -> m));
        var result = new HashMap<Long, Meeting>();
        found.forEach(i -> result.put(i.getId(), byId.get(i.getMeetingId())));
        return result;
    }

    @Transactional
    public void recordDifferenceMade(long partnershipId, long meetingId, int expectedVersion, String text) {
        meeting(partnershipId, meetingId).recordDifferenceMade(expectedVersion, text);
        meetings.flush();
    }

    @Transactional
    public void circulate(long partnershipId, long meetingId, int expectedVersion) {
        meeting(partnershipId, meetingId).circulate(expectedVersion, LocalDate.now(clock));
        meetings.flush();
    }

    /**
     * At this meeting, approves the group's previous minutes as a correct record: a decision on the
     * "minutes of the previous meeting" item that fixes them against further editing.
     */
    @Transactional
    public Decision approvePreviousMinutes(long partnershipId, long meetingId, String recordedBy) {
        var meeting = meeting(partnershipId, meetingId);
        if (meeting.getHeldOn().isAfter(LocalDate.now(clock))) {
            throw new Refused("Minutes are approved at the meeting itself, which has not happened yet");
        }
        var before = previous(meeting).orElseThrow(() -> new Refused("This is the group's first meeting, so there are no earlier minutes to approve"));
        if (before.getMinutesStatus() != MinutesStatus.CIRCULATED) {
            throw new Refused("The minutes of " + DAY.format(before.getHeldOn())
                    + " must be circulated to members before they can be approved");
        }
        meeting.startWritingMinutes();
        var item = agenda(meetingId).stream().filter(i -> i.getKind() == AgendaItemKind.PREVIOUS_MINUTES).findFirst()
                .orElseGet(() -> items.save(new AgendaItem(partnershipId, meetingId, 0, AgendaItemKind.PREVIOUS_MINUTES,
                        AgendaItemKind.PREVIOUS_MINUTES.standardTitle(), null, false)));
        var decision = decisions.saveAndFlush(new Decision(partnershipId, meetingId, item.getId(),
                "The minutes of the meeting on " + DAY.format(before.getHeldOn()) + " were approved as a correct record.",
                before.getId(), recordedBy));
        before.approve(decision.getId());
        reports.fix(before, agenda(before.getId()));
        meetings.flush();
        return decision;
    }

    @Transactional
    public void publish(long partnershipId, long meetingId, int expectedVersion) {
        meeting(partnershipId, meetingId).publish(expectedVersion);
        meetings.flush();
    }

    /** Records a change to approved minutes beside them; unapproved minutes are simply edited. */
    @Transactional
    public void amend(long partnershipId, long meetingId, Long itemId, String text, String reason, String madeBy) {
        var meeting = meeting(partnershipId, meetingId);
        if (!meeting.getMinutesStatus().isSettled()) {
            throw new Refused("These minutes have not been approved yet, so change them directly");
        }
        if (itemId != null && item(partnershipId, meetingId, itemId).isEmpty()) {
            throw new Refused("Select an agenda item");
        }
        amendments.save(new MinutesAmendment(partnershipId, meetingId, itemId, text, reason, madeBy, clock.instant()));
    }

    public List<Decision> decisionsOf(long meetingId) {
        return decisions.findByMeetingIdOrderById(meetingId);
    }

    /**
     * Every item of the minutes with what was recorded against it, as this user may read them:
     * confidential items withheld where the user may not read them (and from everyone in the
     * published version), and actions and matters from elsewhere only where the user may read them.
     */
    public List<MinutesOfItem> minutes(CurrentUser user, Meeting meeting, boolean publishedVersion) {
        long partnershipId = meeting.partnershipId();
        var visibility = visibilities.of(user, partnershipId);
        var includeConfidential = !publishedVersion && maySeeConfidentialItems(user, meeting);
        var agenda = agenda(meeting.getId());
        var ids = agenda.stream().map(AgendaItem::getId).toList();
        var papersByItem = papersOf(ids).stream().collect(Collectors.groupingBy(AgendaPaper::getAgendaItemId));
        var decisionsByItem = decisionsOf(meeting.getId()).stream().collect(Collectors.groupingBy(Decision::getAgendaItemId));
        var actionsByItem = tracker.raisedFrom(partnershipId, ActionSource.Type.MEETING_ITEM, ids).stream()
                .filter(a -> visibility.reads(a.action().getGroupId(), a.action().isConfidential()))
                .collect(Collectors.groupingBy(a -> a.action().getSource().id()));
        var raisedByItem = ids.isEmpty() ? Map.<Long, List<Escalation>>of()
                : readable(user, partnershipId, escalations.findByRaisedAtItemIdIn(ids)).stream().collect(Collectors.groupingBy(Escalation::getRaisedAtItemId));
        var answeredByItem = ids.isEmpty() ? Map.<Long, List<Escalation>>of()
                : readable(user, partnershipId, escalations.findByAnsweredAtItemIdIn(ids)).stream().collect(Collectors.groupingBy(Escalation::getAnsweredAtItemId));
        var amendmentsByItem = amendments.findByMeetingIdOrderByMadeAtAsc(meeting.getId()).stream()
                .collect(Collectors.groupingBy(a -> a.getAgendaItemId() == null ? 0L : a.getAgendaItemId()));
        var result = new ArrayList<MinutesOfItem>();
        for (var item : agenda) {
            var withheld = item.isConfidential() && !includeConfidential;
            var id = item.getId();
            result.add(withheld
                    ? new MinutesOfItem(item, true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of())
                    : new MinutesOfItem(item, false, papersByItem.getOrDefault(id, List.of()),
                            decisionsByItem.getOrDefault(id, List.of()), actionsByItem.getOrDefault(id, List.<TrackedAction>of()),
                            raisedByItem.getOrDefault(id, List.of()), answeredByItem.getOrDefault(id, List.of()),
                            amendmentsByItem.getOrDefault(id, List.of())));
        }
        return result;
    }

    /** Amendments to the minutes as a whole rather than to one item. */
    public List<MinutesAmendment> generalAmendments(long meetingId) {
        return amendments.findByMeetingIdOrderByMadeAtAsc(meetingId).stream().filter(a -> a.getAgendaItemId() == null).toList();
    }

    /** The group's outstanding actions raised before this meeting, for the standing agenda item. */
    public List<TrackedAction> outstandingActionsBefore(CurrentUser user, Meeting meeting) {
        return tracker.export(user, meeting.partnershipId(),
                new org.safeguardinghub.actions.ActionFilter(meeting.getGroupId(), null, null, null, true, false)).stream()
                .filter(a -> a.action().getRaisedOn().isBefore(meeting.getHeldOn()))
                .toList();
    }

    // Helpers

    private Meeting meeting(long partnershipId, long meetingId) {
        return meetings.findByIdAndPartnershipId(meetingId, partnershipId)
                .orElseThrow(() -> new Refused("Select a meeting from this partnership"));
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

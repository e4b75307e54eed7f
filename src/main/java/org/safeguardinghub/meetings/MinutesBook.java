package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.actions.Action;
import org.safeguardinghub.actions.ActionFilter;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.actions.TrackedAction;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting, item by item: notes, decisions and the actions raised on the
 * partnership's one tracker; then the draft's circulation, its approval as a correct record at the
 * group's next meeting, publication and, after approval, amendments recorded beside it.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MinutesBook {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final DecisionRepository decisions;
    private final MinutesAmendmentRepository amendments;
    private final MeetingDiary diary;
    private final MattersRaised matters;
    private final PartnershipStructure structure;
    private final ActionTracker tracker;
    private final StandingReports reports;
    private final Visibilities visibilities;
    private final Clock clock;

    MinutesBook(MeetingRepository meetings, AgendaItemRepository items, DecisionRepository decisions,
            MinutesAmendmentRepository amendments, MeetingDiary diary, MattersRaised matters,
            PartnershipStructure structure, ActionTracker tracker, StandingReports reports, Visibilities visibilities,
            Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.amendments = amendments;
        this.diary = diary;
        this.matters = matters;
        this.structure = structure;
        this.tracker = tracker;
        this.reports = reports;
        this.visibilities = visibilities;
        this.clock = clock;
    }

    @Transactional
    public void writeNotes(long partnershipId, long meetingId, long itemId, int expectedVersion, String notes) {
        meetings.inPartnership(partnershipId, meetingId).startWritingMinutes();
        items.onAgenda(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"))
                .writeNotes(expectedVersion, notes);
        Collisions.flush(items, "item");
    }

    @Transactional
    public Decision recordDecision(long partnershipId, long meetingId, long itemId, String text, String recordedBy) {
        meetings.inPartnership(partnershipId, meetingId).startWritingMinutes();
        var item = items.onAgenda(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        return decisions.save(new Decision(partnershipId, meetingId, item.getId(), text, null, recordedBy));
    }

    /** Raises an action on the partnership's tracker from an item of the minutes. */
    @Transactional
    public long raiseAction(long partnershipId, long meetingId, long itemId, String description, Set<Long> ownerPersonIds,
            Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn, String raisedBy) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        meeting.startWritingMinutes();
        var item = items.onAgenda(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        return raiseAction(meeting, item, description, ownerPersonIds, ownerOrganisationIds, allPartners, dueOn, raisedBy,
                "firstOwnerId").getId();
    }

    /**
     * The action's source names the group, the meeting's date and the item, as the tracker lists it.
     * What the tracker refuses is the action's owners, so its refusal is put against {@code ownersField},
     * the form's field for them.
     */
    Action raiseAction(Meeting meeting, AgendaItem item, String description, Set<Long> ownerPersonIds,
            Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn, String raisedBy, String ownersField) {
        var group = structure.group(meeting.partnershipId(), meeting.getGroupId()).orElseThrow();
        var label = group.getName() + ", " + MeetingDiary.DAY.format(meeting.getHeldOn()) + ", item " + item.getPosition();
        try {
            return tracker.raise(new RaiseAction(meeting.partnershipId(), meeting.getGroupId(), description,
                    ownerPersonIds, ownerOrganisationIds, allPartners, dueOn,
                    new ActionSource(ActionSource.Type.MEETING_ITEM, item.getId(), label), raisedBy, item.isConfidential()));
        } catch (Refused refused) {
            throw new Refused(ownersField, refused.getMessage());
        }
    }

    @Transactional
    public void recordDifferenceMade(long partnershipId, long meetingId, int expectedVersion, String text) {
        meetings.inPartnership(partnershipId, meetingId).recordDifferenceMade(expectedVersion, text);
        Collisions.flush(meetings, "meeting");
    }

    @Transactional
    public void circulate(long partnershipId, long meetingId, int expectedVersion) {
        meetings.inPartnership(partnershipId, meetingId).circulate(expectedVersion, LocalDate.now(clock));
        Collisions.flush(meetings, "meeting");
    }

    /**
     * At this meeting, approves the group's previous minutes as a correct record: a decision on the
     * "minutes of the previous meeting" item that fixes them against further editing.
     */
    @Transactional
    public Decision approvePreviousMinutes(long partnershipId, long meetingId, String recordedBy) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        if (meeting.getHeldOn().isAfter(LocalDate.now(clock))) {
            throw new Refused("Minutes are approved at the meeting itself, which has not happened yet");
        }
        var before = diary.previous(meeting).orElseThrow(() -> new Refused("This is the group's first meeting, so there are no earlier minutes to approve"));
        if (before.getMinutesStatus() != MinutesStatus.CIRCULATED) {
            throw new Refused("The minutes of " + MeetingDiary.DAY.format(before.getHeldOn())
                    + " must be circulated to members before they can be approved");
        }
        meeting.startWritingMinutes();
        var item = diary.agenda(meetingId).stream().filter(i -> i.getKind() == AgendaItemKind.PREVIOUS_MINUTES).findFirst()
                .orElseGet(() -> items.save(new AgendaItem(partnershipId, meetingId, 0, AgendaItemKind.PREVIOUS_MINUTES,
                        AgendaItemKind.PREVIOUS_MINUTES.standardTitle(), null, false)));
        var decision = decisions.saveAndFlush(new Decision(partnershipId, meetingId, item.getId(),
                "The minutes of the meeting on " + MeetingDiary.DAY.format(before.getHeldOn()) + " were approved as a correct record.",
                before.getId(), recordedBy));
        before.approve(decision.getId());
        reports.fix(before, diary.agenda(before.getId()));
        Collisions.flush(meetings, "meeting");
        return decision;
    }

    /** The meeting that approved this one's minutes, if they have been approved. */
    Optional<Meeting> approvedAt(Meeting meeting) {
        if (meeting.getApprovedByDecisionId() == null) {
            return Optional.empty();
        }
        return decisions.findById(meeting.getApprovedByDecisionId()).flatMap(d -> meetings.findById(d.getMeetingId()));
    }

    @Transactional
    public void publish(long partnershipId, long meetingId, int expectedVersion) {
        meetings.inPartnership(partnershipId, meetingId).publish(expectedVersion);
        Collisions.flush(meetings, "meeting");
    }

    /** Records a change to approved minutes beside them; unapproved minutes are simply edited. */
    @Transactional
    public void amend(long partnershipId, long meetingId, Long itemId, String text, String reason, String madeBy) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        if (!meeting.getMinutesStatus().isSettled()) {
            throw new Refused("These minutes have not been approved yet, so change them directly");
        }
        if (itemId != null && items.onAgenda(partnershipId, meetingId, itemId).isEmpty()) {
            throw new Refused("Select an agenda item");
        }
        amendments.save(new MinutesAmendment(partnershipId, meetingId, itemId, text, reason, madeBy, clock.instant()));
    }

    List<Decision> decisionsOf(long meetingId) {
        return decisions.findByMeetingIdOrderById(meetingId);
    }

    /**
     * Every item of the minutes with what was recorded against it, as this user may read them:
     * confidential items withheld where the user may not read them (and from everyone in the
     * published version), and actions and matters from elsewhere only where the user may read them.
     */
    List<MinutesOfItem> minutes(CurrentUser user, Meeting meeting, boolean publishedVersion) {
        long partnershipId = meeting.partnershipId();
        var visibility = visibilities.of(user, partnershipId);
        var includeConfidential = !publishedVersion && diary.maySeeConfidentialItems(user, meeting);
        var agenda = diary.agenda(meeting.getId());
        var ids = agenda.stream().map(AgendaItem::getId).toList();
        var papersByItem = diary.papersOf(ids).stream().collect(Collectors.groupingBy(AgendaPaper::getAgendaItemId));
        var decisionsByItem = decisionsOf(meeting.getId()).stream().collect(Collectors.groupingBy(Decision::getAgendaItemId));
        var actionsByItem = tracker.raisedFrom(partnershipId, ActionSource.Type.MEETING_ITEM, ids).stream()
                .filter(a -> visibility.reads(a.action().getGroupId(), a.action().isConfidential()))
                .collect(Collectors.groupingBy(a -> a.action().getSource().id()));
        Map<Long, List<Escalation>> raisedByItem = matters.raisedAt(user, partnershipId, ids).stream()
                .collect(Collectors.groupingBy(Escalation::getRaisedAtItemId));
        Map<Long, List<Escalation>> answeredByItem = matters.answeredAt(user, partnershipId, ids).stream()
                .collect(Collectors.groupingBy(Escalation::getAnsweredAtItemId));
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
    List<MinutesAmendment> generalAmendments(long meetingId) {
        return amendments.findByMeetingIdOrderByMadeAtAsc(meetingId).stream().filter(a -> a.getAgendaItemId() == null).toList();
    }

    /** The group's outstanding actions raised before this meeting, for the standing agenda item. */
    List<TrackedAction> outstandingActionsBefore(CurrentUser user, Meeting meeting) {
        return tracker.export(user, meeting.partnershipId(),
                new ActionFilter(meeting.getGroupId(), null, null, null, true, false)).stream()
                .filter(a -> a.action().getRaisedOn().isBefore(meeting.getHeldOn()))
                .toList();
    }
}

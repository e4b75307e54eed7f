package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matters a subgroup raises with the group it reports to, from an item of its minutes, and the
 * answers given at the parent group's meetings.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MattersRaised {

    private final EscalationRepository escalations;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final PartnershipStructure structure;
    private final Visibilities visibilities;

    MattersRaised(EscalationRepository escalations, MeetingRepository meetings, AgendaItemRepository items,
            PartnershipStructure structure, Visibilities visibilities) {
        this.escalations = escalations;
        this.meetings = meetings;
        this.items = items;
        this.structure = structure;
        this.visibilities = visibilities;
    }

    /** Raises a matter from this item to the group's parent group, where it waits for an answer. */
    @Transactional
    public Escalation raiseMatter(long partnershipId, long meetingId, long itemId, String matter) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        meeting.startWritingMinutes();
        var item = items.onAgenda(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        var group = structure.group(partnershipId, meeting.getGroupId()).orElseThrow();
        if (group.getParentId() == null) {
            throw new Refused("matter", group.getName() + " does not report to another group, so it has no one to raise matters with");
        }
        return escalations.save(new Escalation(partnershipId, group.getId(), group.getParentId(), item.getId(), matter,
                meeting.getHeldOn()));
    }

    /** Answers, at this meeting of the parent group, a matter raised to it. */
    @Transactional
    void answerMatter(long partnershipId, long meetingId, long itemId, long escalationId, int expectedVersion,
            String response) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
        meeting.startWritingMinutes();
        var item = items.onAgenda(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        var escalation = escalations.findByIdAndPartnershipId(escalationId, partnershipId)
                .filter(e -> e.getToGroupId().equals(meeting.getGroupId()))
                .orElseThrow(() -> new Refused("That matter was not raised to this group"));
        escalation.answer(expectedVersion, item.getId(), response, meeting.getHeldOn());
        Collisions.flush(escalations, "matter");
    }

    /** Matters raised to this group that this user may read, unanswered first. */
    List<Escalation> mattersRaisedTo(CurrentUser user, long partnershipId, long groupId) {
        return readable(user, partnershipId, escalations.findByToGroupIdOrderByRaisedOnAscIdAsc(groupId)).stream()
                .sorted(Comparator.comparing(Escalation::isAnswered)).toList();
    }

    /** Matters this group raised that this user may read, latest first. */
    List<Escalation> mattersRaisedBy(CurrentUser user, long partnershipId, long groupId) {
        return readable(user, partnershipId, escalations.findByFromGroupIdOrderByRaisedOnDescIdDesc(groupId));
    }

    /** Matters raised from these items that this user may read. */
    List<Escalation> raisedAt(CurrentUser user, long partnershipId, Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : readable(user, partnershipId, escalations.findByRaisedAtItemIdIn(itemIds));
    }

    /** Matters answered at these items that this user may read. */
    List<Escalation> answeredAt(CurrentUser user, long partnershipId, Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : readable(user, partnershipId, escalations.findByAnsweredAtItemIdIn(itemIds));
    }

    /**
     * A matter is read only by those who may read where it was raised (the raising group, and its
     * item if that was confidential) and where it was answered.
     */
    private List<Escalation> readable(CurrentUser user, long partnershipId, List<Escalation> matters) {
        var visibility = visibilities.of(user, partnershipId);
        var itemIds = new HashSet<Long>();
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
    Map<Long, Meeting> meetingsOfItems(Collection<Long> itemIds) {
        var found = items.findByIdIn(itemIds.stream().filter(Objects::nonNull).toList());
        var byId = meetings.findAllById(found.stream().map(AgendaItem::getMeetingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Meeting::getId, m -> m));
        var result = new HashMap<Long, Meeting>();
        found.forEach(i -> result.put(i.getId(), byId.get(i.getMeetingId())));
        return result;
    }
}

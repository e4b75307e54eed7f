package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.UploadedDocument;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.rules.Refused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups' meetings in the diary: scheduling and moving them, and their agendas with the papers
 * for each item. Who may see a meeting follows its group: a confidential group's meetings do not
 * exist for those who cannot see the group.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingDiary {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaPaperRepository papers;
    private final PartnershipStructure structure;
    private final Visibilities visibilities;
    private final Clock clock;

    MeetingDiary(MeetingRepository meetings, AgendaItemRepository items, AgendaPaperRepository papers,
            PartnershipStructure structure, Visibilities visibilities, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.structure = structure;
        this.visibilities = visibilities;
        this.clock = clock;
    }

    /** Puts a meeting in the diary with the standing items every agenda starts and ends with. */
    @Transactional
    public Meeting schedule(ScheduleMeeting meeting) {
        var group = structure.group(meeting.partnershipId(), meeting.groupId())
                .orElseThrow(() -> new Refused("Select a group from this partnership"));
        if (group.getEndsOn() != null && meeting.heldOn().isAfter(group.getEndsOn())) {
            throw new Refused("heldOn", group.getName() + " ended on " + DAY.format(group.getEndsOn())
                    + ", so it cannot meet after that");
        }
        var saved = meetings.saveAndFlush(new Meeting(meeting.partnershipId(), meeting.groupId(), meeting.heldOn(),
                meeting.startsAt(), meeting.endsAt(), meeting.location(), meeting.onlineLink()));
        var hasSubgroups = structure.groups(meeting.partnershipId()).stream()
                .anyMatch(g -> meeting.groupId() == (g.getParentId() == null ? -1 : g.getParentId()));
        var position = 1;
        for (var kind : AgendaItemKind.values()) {
            if (!kind.isOnEveryAgenda() || (kind == AgendaItemKind.MATTERS_RAISED && !hasSubgroups)) {
                continue;
            }
            items.save(new AgendaItem(meeting.partnershipId(), saved.getId(), position++, kind, kind.standardTitle(),
                    null, false));
        }
        return saved;
    }

    @Transactional
    void reschedule(long partnershipId, long meetingId, int expectedVersion, ScheduleMeeting moved) {
        meetings.inPartnership(partnershipId, meetingId).reschedule(expectedVersion, moved.heldOn(), moved.startsAt(),
                moved.endsAt(), moved.location(), moved.onlineLink());
        Collisions.flush(meetings, "meeting");
    }

    /** A meeting as this user may see it: meetings of a confidential group they cannot see do not exist for them. */
    Optional<Meeting> find(CurrentUser user, long partnershipId, long meetingId) {
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

    /** The group's meetings on a date; a group has at most one, unless two were scheduled for the same day. */
    List<Meeting> ofGroupOn(long groupId, LocalDate heldOn) {
        return meetings.findByGroupIdAndHeldOn(groupId, heldOn);
    }

    /** The group's first meeting after a date, which "by the next meeting" in the minutes of that date means. */
    Optional<Meeting> nextAfter(long groupId, LocalDate date) {
        return meetings.findFirstByGroupIdAndHeldOnAfterOrderByHeldOnAscStartsAtAsc(groupId, date);
    }

    /** Every meeting of the groups this user may see, latest first. */
    Page<Meeting> visible(CurrentUser user, long partnershipId, int page, int size) {
        var visible = structure.visibleGroups(user, partnershipId).stream().map(Group::getId).collect(Collectors.toSet());
        var hidden = new ArrayList<Long>();
        structure.groups(partnershipId).stream().map(Group::getId).filter(id -> !visible.contains(id)).forEach(hidden::add);
        hidden.add(-1L);
        return meetings.findVisible(partnershipId, hidden, PageRequest.of(Math.max(0, page - 1), size));
    }

    /** The same group's meeting before this one, whose minutes this one approves. */
    Optional<Meeting> previous(Meeting meeting) {
        return meetings.findPrevious(meeting.getGroupId(), meeting.getHeldOn(), meeting.getStartsAt(), meeting.getId());
    }

    public List<AgendaItem> agenda(long meetingId) {
        return items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
    }

    Optional<AgendaItem> item(long partnershipId, long meetingId, long itemId) {
        return items.onAgenda(partnershipId, meetingId, itemId);
    }

    /** Adds an item before "Any other business". */
    @Transactional
    public AgendaItem addItem(long partnershipId, long meetingId, String title, String presenter, boolean confidential) {
        return addItem(partnershipId, meetingId, AgendaItemKind.ITEM, title, presenter, confidential);
    }

    /** Adds a standing report (business plan progress, the risk register or the challenge log) before "Any other business". */
    @Transactional
    AgendaItem addReport(long partnershipId, long meetingId, AgendaItemKind kind, String presenter,
            boolean confidential) {
        if (kind == null || !kind.isReport()) {
            throw new Refused("kind", "Select the report to add");
        }
        return addItem(partnershipId, meetingId, kind, kind.standardTitle(), presenter, confidential);
    }

    private AgendaItem addItem(long partnershipId, long meetingId, AgendaItemKind kind, String title, String presenter,
            boolean confidential) {
        var meeting = meetings.inPartnership(partnershipId, meetingId);
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
    boolean maySeeConfidentialItems(CurrentUser user, Meeting meeting) {
        return visibilities.of(user, meeting.partnershipId()).readsConfidentialBusinessOf(meeting.getGroupId());
    }

    @Transactional
    public AgendaPaper addPaper(long partnershipId, long meetingId, long itemId, UploadedDocument document,
            String uploadedBy) {
        var item = item(partnershipId, meetingId, itemId).orElseThrow(() -> new Refused("Select an agenda item"));
        return papers.save(new AgendaPaper(partnershipId, item.getId(), document.fileName(),
                document.kind().contentType(), document.content(), clock.instant(), uploadedBy));
    }

    List<AgendaPaper> papersOf(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : papers.findByAgendaItemIdInOrderByUploadedAtAsc(itemIds);
    }

    /** A paper with its bytes, for download, if it belongs to this meeting. */
    Optional<PaperDownload> paper(long partnershipId, long meetingId, long paperId) {
        return papers.findById(paperId).filter(p -> p.partnershipId() == partnershipId)
                .flatMap(p -> item(partnershipId, meetingId, p.getAgendaItemId())
                        .map(item -> new PaperDownload(p, item, p.getContent())));
    }

    record PaperDownload(AgendaPaper paper, AgendaItem item, byte[] content) {
    }
}

package org.safeguardinghub.meetings;

import java.util.ArrayList;
import java.util.List;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves minutes written outside the Hub, once a person (or the command line) has confirmed what was read. */
@Service
class MinutesImport {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final DecisionRepository decisions;
    private final AttendanceRegister register;
    private final MinutesBook minutesBook;
    private final PartnershipStructure structure;

    MinutesImport(MeetingRepository meetings, AgendaItemRepository items, DecisionRepository decisions,
            AttendanceRegister register, MinutesBook minutesBook, PartnershipStructure structure) {
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.register = register;
        this.minutesBook = minutesBook;
        this.structure = structure;
    }

    /**
     * Saves the minutes as a meeting of the group, in one transaction: the meeting (its minutes in
     * draft), its items in order, who attended, the decisions and the actions raised on the tracker
     * from their items. Any refusal on the way saves none of it; an action's refusal names the
     * preview's field for its owner. A group meets once on a date, so minutes for a date it already
     * has a meeting on are refused rather than saved as a second meeting. Deadlines already past are
     * kept: historic actions were due then.
     */
    @Transactional
    Meeting importMinutes(ConfirmedMinutes minutes) {
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
            throw new Refused("heldOn", group.getName() + " already has a meeting on " + MeetingDiary.DAY.format(minutes.heldOn())
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
        register.recordListed(partnershipId, meeting, minutes.attendees());
        for (var decision : minutes.decisions()) {
            decisions.save(new Decision(partnershipId, meeting.getId(), itemAt(saved, decision.item()).getId(),
                    decision.text(), null, minutes.importedBy()));
        }
        for (var action : minutes.actions()) {
            minutesBook.raiseAction(meeting, itemAt(saved, action.item()), action.text(), action.ownerPersonIds(),
                    action.ownerOrganisationIds(), action.allPartners(), action.dueOn(), minutes.importedBy(),
                    action.ownerField());
        }
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
}

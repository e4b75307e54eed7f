package org.safeguardinghub.meetings;

import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the group, meeting or item a page's address names, as the signed-in user may see it, or answers 404. */
@Component
class MeetingLookup {

    private final PartnershipStructure structure;
    private final MeetingDiary diary;

    MeetingLookup(PartnershipStructure structure, MeetingDiary diary) {
        this.structure = structure;
        this.diary = diary;
    }

    Group group(CurrentUser user, Partnership partnership, long groupId) {
        return structure.groupFor(user, partnership.getId(), groupId).orElseThrow(MeetingLookup::notFound);
    }

    Meeting meeting(CurrentUser user, Partnership partnership, long meetingId) {
        return diary.find(user, partnership.getId(), meetingId).orElseThrow(MeetingLookup::notFound);
    }

    /** An item of the meeting; a confidential one only for those who may read it. */
    AgendaItem item(CurrentUser user, Meeting meeting, long itemId) {
        var item = diary.item(meeting.partnershipId(), meeting.getId(), itemId).orElseThrow(MeetingLookup::notFound);
        if (item.isConfidential() && !diary.maySeeConfidentialItems(user, meeting)) {
            throw notFound();
        }
        return item;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

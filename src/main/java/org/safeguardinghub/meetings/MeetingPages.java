package org.safeguardinghub.meetings;

import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds what a meeting page's URL names, as the signed-in user may see it, or answers 404. */
@Component
class MeetingPages {

    private final Partnerships partnerships;
    private final PartnershipStructure structure;
    private final Meetings meetings;

    MeetingPages(Partnerships partnerships, PartnershipStructure structure, Meetings meetings) {
        this.partnerships = partnerships;
        this.structure = structure;
        this.meetings = meetings;
    }

    Partnership partnership(String slug) {
        return partnerships.bySlug(slug).orElseThrow(MeetingPages::notFound);
    }

    Group group(CurrentUser user, Partnership partnership, long groupId) {
        return structure.groupFor(user, partnership.getId(), groupId).orElseThrow(MeetingPages::notFound);
    }

    Meeting meeting(CurrentUser user, Partnership partnership, long meetingId) {
        return meetings.find(user, partnership.getId(), meetingId).orElseThrow(MeetingPages::notFound);
    }

    /** An item of the meeting; a confidential one only for those who may read it. */
    AgendaItem item(CurrentUser user, Meeting meeting, long itemId) {
        var item = meetings.item(meeting.partnershipId(), meeting.getId(), itemId).orElseThrow(MeetingPages::notFound);
        if (item.isConfidential() && !meetings.maySeeConfidentialItems(user, meeting)) {
            throw notFound();
        }
        return item;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

package org.safeguardinghub.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /** An item of this meeting's agenda; an item of another meeting or partnership is not on it. */
    default Optional<AgendaItem> onAgenda(long partnershipId, long meetingId, long itemId) {
        return findById(itemId).filter(i -> i.getMeetingId() == meetingId && i.partnershipId() == partnershipId);
    }

    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);

    List<AgendaItem> findByMeetingIdIn(Collection<Long> meetingIds);

    List<AgendaItem> findByIdIn(Collection<Long> ids);
}

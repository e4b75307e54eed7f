package org.safeguardinghub.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);

    List<AgendaItem> findByMeetingIdIn(Collection<Long> meetingIds);

    List<AgendaItem> findByIdIn(Collection<Long> ids);
}

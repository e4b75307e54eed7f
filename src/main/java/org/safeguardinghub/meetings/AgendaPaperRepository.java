package org.safeguardinghub.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaPaperRepository extends JpaRepository<AgendaPaper, Long> {

    List<AgendaPaper> findByAgendaItemIdInOrderByUploadedAtAsc(Collection<Long> itemIds);
}

package org.safeguardinghub.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    Optional<Escalation> findByIdAndPartnershipId(long id, long partnershipId);

    List<Escalation> findByToGroupIdOrderByRaisedOnAscIdAsc(long groupId);

    List<Escalation> findByFromGroupIdOrderByRaisedOnDescIdDesc(long groupId);

    List<Escalation> findByRaisedAtItemIdIn(Collection<Long> itemIds);

    List<Escalation> findByAnsweredAtItemIdIn(Collection<Long> itemIds);
}

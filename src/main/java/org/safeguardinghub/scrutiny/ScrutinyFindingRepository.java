package org.safeguardinghub.scrutiny;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScrutinyFindingRepository extends JpaRepository<ScrutinyFinding, Long> {

    Optional<ScrutinyFinding> findByIdAndPartnershipId(long id, long partnershipId);

    List<ScrutinyFinding> findByActivityIdOrderByIdAsc(long activityId);
}

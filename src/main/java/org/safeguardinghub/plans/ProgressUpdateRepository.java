package org.safeguardinghub.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActivityIdInOrderByQuarterAsc(Collection<Long> activityIds);

    Optional<ProgressUpdate> findByActivityIdAndQuarter(long activityId, int quarter);

    Optional<ProgressUpdate> findByIdAndPartnershipId(long id, long partnershipId);
}

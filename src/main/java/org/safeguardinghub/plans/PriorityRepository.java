package org.safeguardinghub.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityRepository extends JpaRepository<Priority, Long> {

    Optional<Priority> findByIdAndPartnershipId(long id, long partnershipId);

    List<Priority> findByPlanIdOrderByPositionAscIdAsc(long planId);

    List<Priority> findByPartnershipIdOrderByPlanIdAscPositionAsc(long partnershipId);
}

package org.safeguardinghub.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActivityRepository extends JpaRepository<PlanActivity, Long> {

    Optional<PlanActivity> findByIdAndPartnershipId(long id, long partnershipId);

    List<PlanActivity> findByBusinessPlanIdOrderByIdAsc(long businessPlanId);

    List<PlanActivity> findByPriorityIdAndBusinessPlanIdOrderByIdAsc(long priorityId, long businessPlanId);

    List<PlanActivity> findByOwnerGroupIdInOrderByIdAsc(Collection<Long> groupIds);
}

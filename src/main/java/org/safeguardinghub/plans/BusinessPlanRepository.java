package org.safeguardinghub.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessPlanRepository extends JpaRepository<BusinessPlan, Long> {

    Optional<BusinessPlan> findByIdAndPartnershipId(long id, long partnershipId);

    List<BusinessPlan> findByStrategicPlanIdOrderByStartsYearDesc(long strategicPlanId);

    List<BusinessPlan> findByPartnershipIdOrderByStartsYearDesc(long partnershipId);

    boolean existsByStrategicPlanIdAndStartsYear(long strategicPlanId, int startsYear);
}

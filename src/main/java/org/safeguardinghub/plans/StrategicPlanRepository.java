package org.safeguardinghub.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrategicPlanRepository extends JpaRepository<StrategicPlan, Long> {

    Optional<StrategicPlan> findByIdAndPartnershipId(long id, long partnershipId);

    List<StrategicPlan> findByPartnershipIdOrderByStartsYearDescIdDesc(long partnershipId);
}

package org.safeguardinghub.risks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskScaleRepository extends JpaRepository<RiskScale, Long> {

    List<RiskScale> findByPartnershipIdOrderByAxisAscScoreAsc(long partnershipId);
}

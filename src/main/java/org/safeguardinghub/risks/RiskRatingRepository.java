package org.safeguardinghub.risks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskRatingRepository extends JpaRepository<RiskRating, Long> {

    List<RiskRating> findByRiskIdOrderByIdAsc(long riskId);
}

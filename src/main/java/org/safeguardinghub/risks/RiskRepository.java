package org.safeguardinghub.risks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskRepository extends JpaRepository<Risk, Long> {

    Optional<Risk> findByIdAndPartnershipId(long id, long partnershipId);

    List<Risk> findByPartnershipIdOrderByIdAsc(long partnershipId);
}

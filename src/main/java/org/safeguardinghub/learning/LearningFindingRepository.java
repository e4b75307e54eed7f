package org.safeguardinghub.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningFindingRepository extends JpaRepository<LearningFinding, Long> {

    Optional<LearningFinding> findByIdAndPartnershipId(long id, long partnershipId);

    List<LearningFinding> findByPartnershipIdOrderBySourceDateDescIdDesc(long partnershipId);

    List<LearningFinding> findByPartnershipIdAndSourceTypeAndSourceIdOrderByIdAsc(long partnershipId, LearningSource sourceType,
            long sourceId);
}

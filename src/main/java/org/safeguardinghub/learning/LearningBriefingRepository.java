package org.safeguardinghub.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningBriefingRepository extends JpaRepository<LearningBriefing, Long> {

    Optional<LearningBriefing> findByIdAndPartnershipId(long id, long partnershipId);

    List<LearningBriefing> findByPartnershipIdOrderByIdDesc(long partnershipId);

    List<LearningBriefing> findByPartnershipIdAndPublishedOnNotNullOrderByPublishedOnDescIdDesc(long partnershipId);
}

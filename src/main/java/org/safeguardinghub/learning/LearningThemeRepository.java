package org.safeguardinghub.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningThemeRepository extends JpaRepository<LearningTheme, Long> {

    List<LearningTheme> findByPartnershipIdOrderByNameAsc(long partnershipId);

    Optional<LearningTheme> findByIdAndPartnershipId(long id, long partnershipId);

    boolean existsByPartnershipIdAndNameIgnoreCase(long partnershipId, String name);
}

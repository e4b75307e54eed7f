package org.safeguardinghub.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeReviewMilestoneRepository extends JpaRepository<PracticeReviewMilestone, Long> {

    Optional<PracticeReviewMilestone> findByIdAndPartnershipId(long id, long partnershipId);

    List<PracticeReviewMilestone> findByPracticeReviewIdOrderByDueOnAscIdAsc(long practiceReviewId);

    List<PracticeReviewMilestone> findByPracticeReviewIdInAndCompletedOnIsNull(Collection<Long> practiceReviewIds);
}

package org.safeguardinghub.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeReviewRepository extends JpaRepository<PracticeReview, Long> {

    Optional<PracticeReview> findByIdAndPartnershipId(long id, long partnershipId);

    Optional<PracticeReview> findByRapidReviewId(long rapidReviewId);

    List<PracticeReview> findByPartnershipIdOrderByDecidedOnDescIdDesc(long partnershipId);

    List<PracticeReview> findByPartnershipIdAndClosedOnIsNullOrderByDecidedOnDescIdDesc(long partnershipId);

    List<PracticeReview> findByPartnershipIdAndPublishedOnIsNotNullOrderByPublishedOnDescIdDesc(long partnershipId);
}

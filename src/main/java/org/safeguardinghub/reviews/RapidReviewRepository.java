package org.safeguardinghub.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RapidReviewRepository extends JpaRepository<RapidReview, Long> {

    Optional<RapidReview> findByIdAndPartnershipId(long id, long partnershipId);

    Optional<RapidReview> findByNotificationId(long notificationId);

    List<RapidReview> findByPartnershipId(long partnershipId);
}

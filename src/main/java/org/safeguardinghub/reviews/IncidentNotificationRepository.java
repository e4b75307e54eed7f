package org.safeguardinghub.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentNotificationRepository extends JpaRepository<IncidentNotification, Long> {

    Optional<IncidentNotification> findByIdAndPartnershipId(long id, long partnershipId);

    Optional<IncidentNotification> findByReferralId(long referralId);

    List<IncidentNotification> findByPartnershipIdOrderByBecameAwareOnDescIdDesc(long partnershipId);
}

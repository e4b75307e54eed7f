package org.safeguardinghub.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReferralRepository extends JpaRepository<CaseReferral, Long> {

    Optional<CaseReferral> findByIdAndPartnershipId(long id, long partnershipId);

    List<CaseReferral> findByPartnershipIdOrderByReferredOnDescIdDesc(long partnershipId);
}

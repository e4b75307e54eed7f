package org.safeguardinghub.scrutiny;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScrutinyActivityRepository extends JpaRepository<ScrutinyActivity, Long> {

    Optional<ScrutinyActivity> findByIdAndPartnershipId(long id, long partnershipId);

    List<ScrutinyActivity> findByPartnershipIdOrderByHeldOnDescIdDesc(long partnershipId);
}

package org.safeguardinghub.scrutiny;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    Optional<Challenge> findByIdAndPartnershipId(long id, long partnershipId);

    List<Challenge> findByPartnershipIdOrderByRaisedOnDescIdDesc(long partnershipId);
}

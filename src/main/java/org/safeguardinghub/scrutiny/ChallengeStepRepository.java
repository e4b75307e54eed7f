package org.safeguardinghub.scrutiny;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeStepRepository extends JpaRepository<ChallengeStep, Long> {

    List<ChallengeStep> findByChallengeIdOrderByIdAsc(long challengeId);
}

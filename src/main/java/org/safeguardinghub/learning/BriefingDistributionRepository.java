package org.safeguardinghub.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefingDistributionRepository extends JpaRepository<BriefingDistribution, Long> {

    List<BriefingDistribution> findByBriefingIdOrderById(long briefingId);

    Optional<BriefingDistribution> findByBriefingIdAndOrganisationId(long briefingId, long organisationId);
}

package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipOrganisationRepository extends JpaRepository<PartnershipOrganisation, Long> {

    Optional<PartnershipOrganisation> findByPartnershipIdAndOrganisationId(long partnershipId, long organisationId);

    List<PartnershipOrganisation> findByPartnershipId(long partnershipId);

    List<PartnershipOrganisation> findByOrganisationId(long organisationId);
}

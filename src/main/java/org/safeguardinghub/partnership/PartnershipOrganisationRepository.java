package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipOrganisationRepository extends JpaRepository<PartnershipOrganisation, Long> {

    Optional<PartnershipOrganisation> findByPartnershipIdAndOrganisationId(long partnershipId, long organisationId);

    List<PartnershipOrganisation> findByPartnershipId(long partnershipId);

    List<PartnershipOrganisation> findByOrganisationId(long organisationId);
}

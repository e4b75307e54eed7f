package org.safeguardinghub.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

    Optional<InformationRequest> findByIdAndPartnershipId(long id, long partnershipId);

    List<InformationRequest> findByRapidReviewIdOrderByIdAsc(long rapidReviewId);

    List<InformationRequest> findByPartnershipIdAndSubmittedOnIsNull(long partnershipId);

    boolean existsByRapidReviewIdAndOrganisationId(long rapidReviewId, long organisationId);
}

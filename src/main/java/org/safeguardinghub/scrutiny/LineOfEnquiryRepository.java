package org.safeguardinghub.scrutiny;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LineOfEnquiryRepository extends JpaRepository<LineOfEnquiry, Long> {

    Optional<LineOfEnquiry> findByIdAndPartnershipId(long id, long partnershipId);

    List<LineOfEnquiry> findByPartnershipIdOrderByStartsYearDescIdAsc(long partnershipId);
}

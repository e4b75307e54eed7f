package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipPersonRepository extends JpaRepository<PartnershipPerson, Long> {

    boolean existsByPartnershipIdAndPersonId(long partnershipId, long personId);
}

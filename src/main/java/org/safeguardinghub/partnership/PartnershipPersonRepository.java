package org.safeguardinghub.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipPersonRepository extends JpaRepository<PartnershipPerson, Long> {

    boolean existsByPartnershipIdAndPersonId(long partnershipId, long personId);

    java.util.List<PartnershipPerson> findByPersonId(long personId);
}

package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<Group, Long> {

    Optional<Group> findByIdAndPartnershipId(long id, long partnershipId);

    List<Group> findByPartnershipIdOrderByName(long partnershipId);

    @Query("select g from PartnershipGroup g where g.partnershipId = ?1 and lower(trim(g.name)) = lower(?2)")
    Optional<Group> findByName(long partnershipId, String name);
}

package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findBySlug(String slug);

    List<Partnership> findByIdInOrderByName(java.util.Collection<Long> ids);
}

package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findBySlug(String slug);

    List<Partnership> findByIdInOrderByName(java.util.Collection<Long> ids);
}

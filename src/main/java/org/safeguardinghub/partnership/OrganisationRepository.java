package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where lower(trim(o.name)) = lower(?1)")
    Optional<Organisation> findByNameIgnoringCase(String name);
}

package org.safeguardinghub.partnership;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where lower(trim(o.name)) = lower(?1)")
    Optional<Organisation> findByNameIgnoringCase(String name);
}

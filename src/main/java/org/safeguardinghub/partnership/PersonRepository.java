package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p where lower(p.email) = lower(?1)")
    Optional<Person> findByEmailIgnoringCase(String email);

    @Query(value = """
            select p from Person p where p.id in (select pp.personId from PartnershipPerson pp where pp.partnershipId = ?1)
            and (?2 = '' or lower(concat(p.givenName, ' ', p.familyName)) like concat('%', ?2, '%') or lower(coalesce(p.email, '')) like concat('%', ?2, '%'))
            order by p.familyName, p.givenName""",
           countQuery = """
            select count(p) from Person p where p.id in (select pp.personId from PartnershipPerson pp where pp.partnershipId = ?1)
            and (?2 = '' or lower(concat(p.givenName, ' ', p.familyName)) like concat('%', ?2, '%') or lower(coalesce(p.email, '')) like concat('%', ?2, '%'))""")
    Page<Person> findInPartnership(long partnershipId, String search, Pageable page);

    @Query("select p from Person p where p.id in (select pp.personId from PartnershipPerson pp where pp.partnershipId = ?1) order by p.familyName, p.givenName")
    List<Person> findAllInPartnership(long partnershipId);
}

package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByIdAndPartnershipId(long id, long partnershipId);

    List<Membership> findByGroupId(long groupId);

    List<Membership> findByPartnershipId(long partnershipId);

    List<Membership> findByPersonIdAndPartnershipId(long personId, long partnershipId);

    List<Membership> findByOrganisationIdAndPartnershipId(long organisationId, long partnershipId);

    /** Seats a person holds, or deputises in, within one partnership. */
    @Query("select m from Membership m where m.partnershipId = ?1 and (m.personId = ?2 or m.deputyId = ?2)")
    List<Membership> seatsOf(long partnershipId, long personId);

    List<Membership> findByGroupIdAndPersonIdAndRole(long groupId, long personId, MembershipRole role);
}

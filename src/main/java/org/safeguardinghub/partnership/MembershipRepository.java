package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByIdAndPartnershipId(long id, long partnershipId);

    List<Membership> findByGroupId(long groupId);

    List<Membership> findByPartnershipId(long partnershipId);

    List<Membership> findByPersonIdAndPartnershipId(long personId, long partnershipId);

    List<Membership> findByOrganisationIdAndPartnershipId(long organisationId, long partnershipId);

    List<Membership> findByGroupIdAndPersonIdAndRole(long groupId, long personId, MembershipRole role);
}

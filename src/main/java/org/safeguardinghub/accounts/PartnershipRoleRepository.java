package org.safeguardinghub.accounts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRoleRepository extends JpaRepository<PartnershipRole, Long> {

    List<PartnershipRole> findByAccountId(long accountId);

    List<PartnershipRole> findByPartnershipId(long partnershipId);
}

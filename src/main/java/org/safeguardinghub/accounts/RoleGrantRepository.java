package org.safeguardinghub.accounts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByAccountId(long accountId);

    List<RoleGrant> findByPartnershipId(long partnershipId);
}

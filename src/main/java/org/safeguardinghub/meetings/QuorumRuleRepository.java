package org.safeguardinghub.meetings;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuorumRuleRepository extends JpaRepository<QuorumRule, Long> {
}

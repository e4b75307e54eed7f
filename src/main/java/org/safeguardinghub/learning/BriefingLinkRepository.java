package org.safeguardinghub.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefingLinkRepository extends JpaRepository<BriefingLink, String> {
}

package org.safeguardinghub.actions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionOwnerRepository extends JpaRepository<ActionOwner, Long> {

    List<ActionOwner> findByActionIdIn(Collection<Long> actionIds);
}

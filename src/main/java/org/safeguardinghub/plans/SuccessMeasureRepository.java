package org.safeguardinghub.plans;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuccessMeasureRepository extends JpaRepository<SuccessMeasure, Long> {

    List<SuccessMeasure> findByPriorityIdOrderByPositionAscIdAsc(long priorityId);

    List<SuccessMeasure> findByPriorityIdInOrderByPositionAscIdAsc(Collection<Long> priorityIds);
}

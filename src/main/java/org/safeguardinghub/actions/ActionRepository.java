package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionRepository extends JpaRepository<Action, Long> {

    Optional<Action> findByIdAndPartnershipId(long id, long partnershipId);

    /** The tracker, filtered; actions with no due date come last. Hidden groups are left out. */
    @Query("""
            select a from Action a where a.partnershipId = :partnership
            and (:group is null or a.groupId = :group)
            and (:status is null or a.status = :status)
            and (:outstanding = false or a.status in (org.safeguardinghub.actions.ActionStatus.OPEN,
                                                      org.safeguardinghub.actions.ActionStatus.IN_PROGRESS))
            and (:overdue = false or (a.dueOn < :today and a.status in (org.safeguardinghub.actions.ActionStatus.OPEN,
                                                                        org.safeguardinghub.actions.ActionStatus.IN_PROGRESS)))
            and (:organisation is null or a.allPartners = true
                 or exists (select o from ActionOwner o where o.actionId = a.id and o.organisationId = :organisation))
            and (:person is null or exists (select o from ActionOwner o where o.actionId = a.id and o.personId = :person))
            and (a.groupId is null or a.groupId not in :hidden)
            order by case when a.dueOn is null then 1 else 0 end, a.dueOn, a.id""")
    Page<Action> search(@Param("partnership") long partnership, @Param("group") Long group,
            @Param("status") ActionStatus status, @Param("outstanding") boolean outstanding,
            @Param("overdue") boolean overdue, @Param("today") LocalDate today,
            @Param("organisation") Long organisation, @Param("person") Long person,
            @Param("hidden") Collection<Long> hidden, Pageable page);

    List<Action> findByPartnershipIdAndSourceTypeAndSourceIdInOrderById(long partnershipId, ActionSource.Type sourceType,
            Collection<Long> sourceIds);
}

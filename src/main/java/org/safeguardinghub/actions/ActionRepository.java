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

    List<Action> findByStatusInAndDueOnNotNullOrderById(Collection<ActionStatus> statuses);

    List<Action> findByPartnershipIdAndStatusIn(long partnershipId, Collection<ActionStatus> statuses);

    /**
     * A group's actions still with their owners whose respond-by date has passed with no update
     * since the owners were last asked (raised or chased).
     */
    @Query("""
            select a from Action a where a.partnershipId = :partnership and a.groupId = :group
            and a.status in (org.safeguardinghub.actions.ActionStatus.OPEN, org.safeguardinghub.actions.ActionStatus.IN_PROGRESS)
            and a.respondBy < :today
            and not exists (select u from ActionUpdate u where u.actionId = a.id
                            and u.kind = org.safeguardinghub.actions.ActionUpdate.Kind.UPDATE and u.writtenAt >= a.askedAt)
            order by a.respondBy, a.id""")
    List<Action> notResponded(@Param("partnership") long partnership, @Param("group") long group,
            @Param("today") LocalDate today);

    /** For each action an organisation is named on, when it was raised and first updated. Hidden groups are left out. */
    @Query("""
            select new org.safeguardinghub.actions.ResponseTime(o.organisationId, a.raisedOn, a.firstRespondBy,
                (select min(u.writtenAt) from ActionUpdate u where u.actionId = a.id
                 and u.kind = org.safeguardinghub.actions.ActionUpdate.Kind.UPDATE))
            from Action a join ActionOwner o on o.actionId = a.id
            where a.partnershipId = :partnership and o.organisationId is not null
            and (a.groupId is null or a.groupId not in :hidden)
            and (a.confidential = false or a.groupId in :confidentialAccess or (a.groupId is null and :confidentialOfNoGroup = true))""")
    List<ResponseTime> responseTimes(@Param("partnership") long partnership, @Param("hidden") Collection<Long> hidden,
            @Param("confidentialAccess") Collection<Long> confidentialAccess,
            @Param("confidentialOfNoGroup") boolean confidentialOfNoGroup);

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
            and (a.confidential = false or a.groupId in :confidentialAccess or (a.groupId is null and :confidentialOfNoGroup = true))
            order by case when a.dueOn is null then 1 else 0 end, a.dueOn, a.id""")
    Page<Action> search(@Param("partnership") long partnership, @Param("group") Long group,
            @Param("status") ActionStatus status, @Param("outstanding") boolean outstanding,
            @Param("overdue") boolean overdue, @Param("today") LocalDate today,
            @Param("organisation") Long organisation, @Param("person") Long person,
            @Param("hidden") Collection<Long> hidden, @Param("confidentialAccess") Collection<Long> confidentialAccess,
            @Param("confidentialOfNoGroup") boolean confidentialOfNoGroup, Pageable page);

    List<Action> findByPartnershipIdAndSourceTypeAndSourceIdInOrderById(long partnershipId, ActionSource.Type sourceType,
            Collection<Long> sourceIds);
}

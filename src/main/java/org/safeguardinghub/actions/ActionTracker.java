package org.safeguardinghub.actions;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's one action tracker. Meetings, reviews, audits and plans raise actions here
 * with {@link #raise}; people follow them up on the tracker's pages.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ActionTracker {

    private final ActionRepository actions;
    private final ActionOwnerRepository owners;
    private final ActionUpdateRepository updates;
    private final People people;
    private final Organisations organisations;
    private final PartnershipStructure structure;
    private final Visibilities visibilities;
    private final ActionMail mail;
    private final Clock clock;
    private final int responseDays;

    ActionTracker(ActionRepository actions, ActionOwnerRepository owners, ActionUpdateRepository updates, People people,
            Organisations organisations, PartnershipStructure structure, Visibilities visibilities, ActionMail mail, Clock clock,
            @Value("${hub.actions.response-days:7}") int responseDays) {
        this.actions = actions;
        this.owners = owners;
        this.updates = updates;
        this.people = people;
        this.organisations = organisations;
        this.structure = structure;
        this.visibilities = visibilities;
        this.mail = mail;
        this.clock = clock;
        this.responseDays = responseDays;
    }

    /** How many days owners have to respond once asked. */
    public int responseDays() {
        return responseDays;
    }

    /**
     * Raises an action with its owners, and asks each of them by email to respond within the
     * response period. Owners and the group must belong to the partnership.
     */
    @Transactional
    public Action raise(RaiseAction command) {
        var partnership = command.partnershipId();
        if (command.groupId() != null && structure.group(partnership, command.groupId()).isEmpty()) {
            throw new Refused("groupId", "Select a group from this partnership");
        }
        for (var person : command.ownerPersonIds()) {
            if (people.find(partnership, person).isEmpty()) {
                throw new Refused("firstOwnerId", "Select owners from this partnership");
            }
        }
        for (var organisation : command.ownerOrganisationIds()) {
            if (organisations.find(partnership, organisation).isEmpty()) {
                throw new Refused("ownerOrganisationIds", "Select owning organisations from this partnership");
            }
        }
        if (command.ownerPersonIds().isEmpty() && command.ownerOrganisationIds().isEmpty() && !command.allPartners()) {
            throw new Refused("firstOwnerId", "Select who owns the action");
        }
        var action = actions.saveAndFlush(new Action(partnership, command.groupId(), command.description(),
                command.allPartners(), command.dueOn(), command.source(), command.raisedBy(), LocalDate.now(clock),
                clock.instant(), responseDays, command.confidential()));
        command.ownerPersonIds().forEach(p -> owners.save(ActionOwner.person(action.getId(), p)));
        command.ownerOrganisationIds().forEach(o -> owners.save(ActionOwner.organisation(action.getId(), o)));
        owners.flush();
        mail.askToRespond(describe(partnership, List.of(action)).getFirst(), false);
        return action;
    }

    /**
     * One action as this user may see it: actions of a confidential group they cannot see, and
     * confidential actions of a group whose confidential business they may not read, do not exist for them.
     */
    public Optional<TrackedAction> find(CurrentUser user, long partnershipId, long actionId) {
        var visibility = visibilities.of(user, partnershipId);
        return actions.findByIdAndPartnershipId(actionId, partnershipId)
                .filter(a -> visibility.reads(a.getGroupId(), a.isConfidential()))
                .map(a -> describe(partnershipId, List.of(a)).getFirst());
    }

    public Page<TrackedAction> search(CurrentUser user, long partnershipId, ActionFilter filter, int page, int size) {
        var found = actions.search(partnershipId, filter.groupId(), filter.status(), filter.outstandingOnly(),
                filter.overdueOnly(), LocalDate.now(clock), filter.organisationId(), filter.personId(),
                hiddenGroups(user, partnershipId), confidentialAccess(user, partnershipId),
                visibilities.of(user, partnershipId).readsConfidentialBusinessOf(null), PageRequest.of(Math.max(0, page - 1), size));
        return new PageImpl<>(describe(partnershipId, found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** Every action the filter matches, for an export. */
    public List<TrackedAction> export(CurrentUser user, long partnershipId, ActionFilter filter) {
        return search(user, partnershipId, filter, 1, 100_000).getContent();
    }

    public List<ActionUpdate> updatesOf(long actionId) {
        return updates.findByActionIdOrderByWrittenAtAscIdAsc(actionId);
    }

    /** Whether this user may update the action; false for an action they cannot see. */
    public boolean mayRespond(CurrentUser user, long partnershipId, long actionId) {
        return find(user, partnershipId, actionId).map(tracked -> mayRespond(user, tracked)).orElse(false);
    }

    /** Owners answer for their actions; the business unit and chairs may write on any. */
    public boolean mayRespond(CurrentUser user, TrackedAction tracked) {
        var partnership = tracked.action().partnershipId();
        if (user.hasAnyRole(partnership, Role.BUSINESS_UNIT, Role.CHAIR)) {
            return true;
        }
        if (user.personId() != null && tracked.ownerPersonIds().contains(user.personId())) {
            return true;
        }
        return user.roles().stream().filter(r -> r.partnershipId() == partnership && r.role() == Role.AGENCY_REPRESENTATIVE)
                .map(RoleAssignment::organisationId)
                .anyMatch(org -> tracked.action().isAllPartners() || tracked.ownerOrganisationIds().contains(org));
    }

    @Transactional
    public void addUpdate(CurrentUser user, long partnershipId, long actionId, int expectedVersion, String note,
            ActionStatus newStatus) {
        var tracked = find(user, partnershipId, actionId).orElseThrow();
        if (!mayRespond(user, tracked)) {
            throw new Refused("Only the action's owners and the business unit can update it");
        }
        updates.save(actions.findById(actionId).orElseThrow()
                .update(expectedVersion, user.username(), note, newStatus, clock.instant()));
        actions.flush();
    }

    @Transactional
    public void close(CurrentUser user, long partnershipId, long actionId, int expectedVersion, String note) {
        find(user, partnershipId, actionId).orElseThrow();
        updates.save(actions.findById(actionId).orElseThrow()
                .close(expectedVersion, user.username(), note, LocalDate.now(clock), clock.instant()));
        actions.flush();
    }

    @Transactional
    public void reopen(CurrentUser user, long partnershipId, long actionId, int expectedVersion, String note) {
        find(user, partnershipId, actionId).orElseThrow();
        updates.save(actions.findById(actionId).orElseThrow()
                .reopen(expectedVersion, user.username(), note, clock.instant()));
        actions.flush();
    }

    /** The actions another module raised from its records (for example, from the items of one meeting). */
    public List<TrackedAction> raisedFrom(long partnershipId, ActionSource.Type type, java.util.Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return describe(partnershipId,
                actions.findByPartnershipIdAndSourceTypeAndSourceIdInOrderById(partnershipId, type, sourceIds));
    }

    /** The bare actions raised from these records, without their owners named: for counts and closing dates. */
    public List<Action> actionsFrom(long partnershipId, ActionSource.Type type, java.util.Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of()
                : actions.findByPartnershipIdAndSourceTypeAndSourceIdInOrderById(partnershipId, type, sourceIds);
    }

    /**
     * Asks the owners again: they have the response period from today, the log records it, and
     * each owner is emailed. For the business unit and chairs.
     */
    @Transactional
    public Action chase(CurrentUser user, long partnershipId, long actionId, int expectedVersion) {
        find(user, partnershipId, actionId).orElseThrow();
        if (!user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT, Role.CHAIR)) {
            throw new Refused("Only the business unit and chairs can chase an action");
        }
        var action = actions.findById(actionId).orElseThrow();
        updates.save(action.chase(expectedVersion, user.username(), LocalDate.now(clock), responseDays, clock.instant()));
        actions.flush();
        mail.askToRespond(describe(partnershipId, List.of(action)).getFirst(), true);
        return action;
    }

    /**
     * The group's actions whose owners have not responded: still open or in progress, the date to
     * respond by has passed, and no update since they were raised or last chased. Empty for a group
     * the user cannot see.
     */
    public List<TrackedAction> notResponded(CurrentUser user, long partnershipId, long groupId) {
        if (structure.groupFor(user, partnershipId, groupId).isEmpty()) {
            return List.of();
        }
        return describe(partnershipId, actions.notResponded(partnershipId, groupId, LocalDate.now(clock)));
    }

    /**
     * How promptly each organisation answers the actions it is named on, over the actions this user
     * can see. See {@link OrganisationResponsiveness} for what the figures mean.
     */
    public List<OrganisationResponsiveness> responsiveness(CurrentUser user, long partnershipId) {
        var byOrganisation = actions.responseTimes(partnershipId, hiddenGroups(user, partnershipId),
                confidentialAccess(user, partnershipId), visibilities.of(user, partnershipId).readsConfidentialBusinessOf(null))
                .stream()
                .collect(Collectors.groupingBy(ResponseTime::organisationId));
        var today = LocalDate.now(clock);
        return organisations.in(partnershipId).stream().map(OrganisationInPartnership::organisation)
                .filter(o -> byOrganisation.containsKey(o.getId()))
                .map(o -> OrganisationResponsiveness.of(o.getId(), o.getName(), byOrganisation.get(o.getId()), today,
                        clock.getZone()))
                .sorted(java.util.Comparator.comparing(OrganisationResponsiveness::organisation, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Groups whose confidential actions this user may see, plus a placeholder so the query's list is never empty. */
    private List<Long> confidentialAccess(CurrentUser user, long partnershipId) {
        var access = new ArrayList<>(structure.groupsWithConfidentialAccess(user, partnershipId));
        access.add(-1L);
        return access;
    }

    /** Confidential groups this user may not see, plus a placeholder so the query's list is never empty. */
    private List<Long> hiddenGroups(CurrentUser user, long partnershipId) {
        var visible = structure.visibleGroups(user, partnershipId).stream().map(Group::getId).toList();
        var hidden = new ArrayList<Long>();
        structure.groups(partnershipId).stream().map(Group::getId).filter(id -> !visible.contains(id)).forEach(hidden::add);
        hidden.add(-1L);
        return hidden;
    }

    List<TrackedAction> describe(long partnershipId, List<Action> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        var ids = list.stream().map(Action::getId).toList();
        var byAction = owners.findByActionIdIn(ids).stream().collect(Collectors.groupingBy(ActionOwner::getActionId));
        Map<Long, String> personNames = people.allIn(partnershipId).stream()
                .collect(Collectors.toMap(Person::getId, Person::getFullName));
        Map<Long, String> organisationNames = organisations.in(partnershipId).stream()
                .map(OrganisationInPartnership::organisation)
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Map<Long, String> groupNames = structure.groups(partnershipId).stream()
                .collect(Collectors.toMap(Group::getId, Group::getName, (a, b) -> a));
        var result = new ArrayList<TrackedAction>();
        for (var action : list) {
            var its = byAction.getOrDefault(action.getId(), List.of());
            var personIds = its.stream().map(ActionOwner::getPersonId).filter(java.util.Objects::nonNull).toList();
            var organisationIds = its.stream().map(ActionOwner::getOrganisationId).filter(java.util.Objects::nonNull).toList();
            var names = new ArrayList<String>();
            personIds.forEach(p -> names.add(personNames.getOrDefault(p, "A former member")));
            organisationIds.forEach(o -> names.add(organisationNames.getOrDefault(o, "A former organisation")));
            result.add(new TrackedAction(action, names, personIds, organisationIds,
                    action.getGroupId() == null ? null : groupNames.get(action.getGroupId())));
        }
        return result;
    }

}

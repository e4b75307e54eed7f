package org.safeguardinghub.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Visibility;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Groups, who sits on them, their terms of reference, and the gaps in that structure. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PartnershipStructure {

    private static final Set<OrganisationType> SAFEGUARDING_PARTNERS =
            EnumSet.of(OrganisationType.LOCAL_AUTHORITY, OrganisationType.INTEGRATED_CARE_BOARD, OrganisationType.POLICE);

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final PartnershipOrganisationRepository participations;
    private final PartnershipPersonRepository partnershipPeople;
    private final TermsOfReferenceRepository termsOfReference;
    private final Visibilities visibilities;

    PartnershipStructure(GroupRepository groups, MembershipRepository memberships, PersonRepository people,
            OrganisationRepository organisations, PartnershipOrganisationRepository participations,
            PartnershipPersonRepository partnershipPeople, TermsOfReferenceRepository termsOfReference,
            Visibilities visibilities) {
        this.visibilities = visibilities;
        this.groups = groups;
        this.memberships = memberships;
        this.people = people;
        this.organisations = organisations;
        this.participations = participations;
        this.partnershipPeople = partnershipPeople;
        this.termsOfReference = termsOfReference;
    }

    public List<Group> groups(long partnershipId) {
        return groups.findByPartnershipIdOrderByName(partnershipId);
    }

    public Optional<Group> group(long partnershipId, long groupId) {
        return groups.findByIdAndPartnershipId(groupId, partnershipId);
    }

    /**
     * A group of this partnership as this user may see it: a confidential group is hidden from
     * anyone not entitled to it ({@link Visibility#seesGroup}), exactly as if it did not exist.
     */
    public Optional<Group> groupFor(CurrentUser user, long partnershipId, long groupId) {
        return group(partnershipId, groupId).filter(group -> visibilities.of(user, partnershipId).seesGroup(group.getId()));
    }

    /** The groups this user may see, as the tree they report in. */
    public List<GroupNode> tree(CurrentUser user, long partnershipId) {
        return tree(partnershipId, visibleGroups(user, partnershipId));
    }

    /** Every group as the tree they report in; groups whose parent is missing sit at the top. */
    public List<GroupNode> tree(long partnershipId) {
        return tree(partnershipId, groups.findByPartnershipIdOrderByName(partnershipId));
    }

    private List<GroupNode> tree(long partnershipId, List<Group> all) {
        var today = LocalDate.now();
        var chairs = new HashMap<Long, List<Long>>();
        var current = memberships.findByPartnershipId(partnershipId).stream().filter(m -> m.isCurrent(today)).toList();
        for (var m : current) {
            if (m.getRole() == MembershipRole.CHAIR) {
                chairs.computeIfAbsent(m.getGroupId(), k -> new ArrayList<>()).add(m.getPersonId());
            }
        }
        var names = people.findAllById(chairs.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        var ids = all.stream().map(Group::getId).collect(Collectors.toSet());
        var children = all.stream().filter(g -> g.getParentId() != null && ids.contains(g.getParentId()))
                .collect(Collectors.groupingBy(Group::getParentId));
        Comparator<Group> order = Comparator.comparing((Group g) -> g.getKind().ordinal()).thenComparing(Group::getName);
        Function<Group, GroupNode>[] build = new Function[1];
        var visited = new HashSet<Long>();
        build[0] = g -> {
            visited.add(g.getId());
            var kids = children.getOrDefault(g.getId(), List.of()).stream().filter(c -> !visited.contains(c.getId()))
                    .sorted(order).map(build[0]).toList();
            var chair = chairs.getOrDefault(g.getId(), List.of()).stream().map(names::get).collect(Collectors.joining(" and "));
            return new GroupNode(g, chair.isEmpty() ? null : chair, kids);
        };
        return all.stream().filter(g -> g.getParentId() == null || !ids.contains(g.getParentId())).sorted(order)
                .map(build[0]).toList();
    }

    public List<Member> membersOf(long partnershipId, long groupId) {
        var group = group(partnershipId, groupId).orElseThrow();
        return describe(partnershipId, memberships.findByGroupId(groupId), Map.of(groupId, group));
    }

    public Set<Long> currentMemberPersonIds(long groupId) {
        var today = LocalDate.now();
        return memberships.findByGroupId(groupId).stream().filter(m -> m.isCurrent(today))
                .flatMap(m -> m.getDeputyId() == null ? java.util.stream.Stream.of(m.getPersonId())
                        : java.util.stream.Stream.of(m.getPersonId(), m.getDeputyId()))
                .collect(Collectors.toSet());
    }

    /** A person's seats, leaving out confidential groups this user may not see. */
    public List<Member> membershipsOfPerson(CurrentUser user, long partnershipId, long personId) {
        return visibleTo(user, partnershipId,
                describe(partnershipId, memberships.findByPersonIdAndPartnershipId(personId, partnershipId), null));
    }

    /** An organisation's seats, leaving out confidential groups this user may not see. */
    public List<Member> membershipsOfOrganisation(CurrentUser user, long partnershipId, long organisationId) {
        return visibleTo(user, partnershipId,
                describe(partnershipId, memberships.findByOrganisationIdAndPartnershipId(organisationId, partnershipId), null));
    }

    private List<Member> visibleTo(CurrentUser user, long partnershipId, List<Member> members) {
        return members.stream().filter(m -> !m.group().isConfidential()
                || groupFor(user, partnershipId, m.group().getId()).isPresent()).toList();
    }

    public Optional<Member> membership(long partnershipId, long membershipId) {
        return memberships.findByIdAndPartnershipId(membershipId, partnershipId)
                .map(m -> describe(partnershipId, List.of(m), null).getFirst());
    }

    private List<Member> describe(long partnershipId, List<Membership> list, Map<Long, Group> knownGroups) {
        var personIds = new HashSet<Long>();
        list.forEach(m -> {
            personIds.add(m.getPersonId());
            if (m.getDeputyId() != null) personIds.add(m.getDeputyId());
        });
        var persons = people.findAllById(personIds).stream().collect(Collectors.toMap(Person::getId, p -> p));
        var orgs = organisations.findAllById(list.stream().map(Membership::getOrganisationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Organisation::getId, o -> o));
        var groupMap = knownGroups != null ? knownGroups
                : groups.findAllById(list.stream().map(Membership::getGroupId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Group::getId, g -> g));
        var left = leftOrganisations(partnershipId);
        Comparator<Member> order = Comparator.comparing((Member m) -> !m.isCurrent())
                .thenComparing(m -> m.membership().getRole().ordinal())
                .thenComparing(m -> m.person().getFamilyName());
        return list.stream().map(m -> new Member(m, persons.get(m.getPersonId()),
                m.getOrganisationId() == null ? null : orgs.get(m.getOrganisationId()),
                m.getDeputyId() == null ? null : persons.get(m.getDeputyId()), groupMap.get(m.getGroupId()),
                m.getOrganisationId() != null && left.contains(m.getOrganisationId())))
                .sorted(order).toList();
    }

    private Set<Long> leftOrganisations(long partnershipId) {
        var today = LocalDate.now();
        return participations.findByPartnershipId(partnershipId).stream().filter(p -> p.hasLeft(today))
                .map(PartnershipOrganisation::getOrganisationId).collect(Collectors.toSet());
    }

    /**
     * The gaps that matter: a board or executive without a member from each of the three
     * safeguarding partners, a group with no chair, a member whose organisation has left.
     */
    /** The gaps in the groups this user may see. */
    public List<StructureGap> gaps(CurrentUser user, long partnershipId) {
        var visible = visibleGroups(user, partnershipId).stream().map(Group::getId).collect(Collectors.toSet());
        return gaps(partnershipId).stream().filter(g -> visible.contains(g.groupId())).toList();
    }

    /**
     * The groups whose confidential business this user may read ({@link Visibility#readsConfidentialBusinessOf}).
     */
    public Set<Long> groupsWithConfidentialAccess(CurrentUser user, long partnershipId) {
        var all = groups.findByPartnershipIdOrderByName(partnershipId).stream().map(Group::getId).collect(Collectors.toSet());
        return visibilities.of(user, partnershipId).groupsWithConfidentialAccess(all);
    }

    /** The groups of the partnership, less confidential ones this user may not see ({@link Visibility#seesGroup}). */
    public List<Group> visibleGroups(CurrentUser user, long partnershipId) {
        var visibility = visibilities.of(user, partnershipId);
        return groups.findByPartnershipIdOrderByName(partnershipId).stream().filter(g -> visibility.seesGroup(g.getId()))
                .toList();
    }

    public List<StructureGap> gaps(long partnershipId) {
        var today = LocalDate.now();
        var current = memberships.findByPartnershipId(partnershipId).stream().filter(m -> m.isCurrent(today)).toList();
        var open = groups.findByPartnershipIdOrderByName(partnershipId).stream()
                .filter(g -> g.getEndsOn() == null || !g.getEndsOn().isBefore(today)).toList();
        return gapsIn(partnershipId, open, current);
    }

    /** The gaps of one group, for its own page. */
    public List<StructureGap> gapsOf(long partnershipId, Group group) {
        var today = LocalDate.now();
        var current = memberships.findByGroupId(group.getId()).stream().filter(m -> m.isCurrent(today)).toList();
        return gapsIn(partnershipId, List.of(group), current);
    }

    private List<StructureGap> gapsIn(long partnershipId, List<Group> groupsToCheck, List<Membership> current) {
        var byGroup = current.stream().collect(Collectors.groupingBy(Membership::getGroupId));
        var orgTypes = organisations.findAllById(current.stream().map(Membership::getOrganisationId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getType));
        var left = leftOrganisations(partnershipId);
        var gaps = new ArrayList<StructureGap>();
        for (var group : groupsToCheck) {
            var seats = byGroup.getOrDefault(group.getId(), List.of());
            if (group.getKind().needsEverySafeguardingPartner()) {
                var present = seats.stream().map(m -> orgTypes.get(m.getOrganisationId())).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet());
                for (var partner : SAFEGUARDING_PARTNERS) {
                    if (!present.contains(partner)) {
                        gaps.add(new StructureGap(StructureGap.Kind.MISSING_SAFEGUARDING_PARTNER, group.getId(),
                                group.getName(), partnerName(partner)));
                    }
                }
            }
            if (seats.stream().noneMatch(m -> m.getRole() == MembershipRole.CHAIR)) {
                gaps.add(new StructureGap(StructureGap.Kind.NO_CHAIR, group.getId(), group.getName(), null));
            }
            for (var seat : seats) {
                if (seat.getOrganisationId() != null && left.contains(seat.getOrganisationId())) {
                    var name = people.findById(seat.getPersonId()).map(Person::getFullName).orElse("A member");
                    gaps.add(new StructureGap(StructureGap.Kind.ORGANISATION_HAS_LEFT, group.getId(), group.getName(), name));
                }
            }
        }
        return gaps;
    }

    private static String partnerName(OrganisationType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> "the local authority";
            case INTEGRATED_CARE_BOARD -> "the integrated care board";
            case POLICE -> "the police";
            default -> type.label();
        };
    }

    @Transactional
    public Group addGroup(long partnershipId, Long parentId, String name, GroupKind kind, String purpose,
            String meetingFrequency, boolean confidential, LocalDate endsOn) {
        checkParent(partnershipId, null, parentId);
        checkUniqueName(partnershipId, null, name);
        return groups.saveAndFlush(new Group(partnershipId, parentId, name, kind, purpose, meetingFrequency, confidential, endsOn));
    }

    @Transactional
    public void updateGroup(long partnershipId, long groupId, int expectedVersion, Long parentId, String name,
            GroupKind kind, String purpose, String meetingFrequency, boolean confidential, LocalDate endsOn) {
        var group = group(partnershipId, groupId).orElseThrow();
        checkParent(partnershipId, groupId, parentId);
        checkUniqueName(partnershipId, groupId, name);
        group.update(expectedVersion, parentId, name, kind, purpose, meetingFrequency, confidential, endsOn);
        groups.flush();
    }

    private void checkUniqueName(long partnershipId, Long groupId, String name) {
        groups.findByName(partnershipId, name.trim()).filter(g -> !g.getId().equals(groupId)).ifPresent(g -> {
            throw new DuplicateRecord("name", "There is already a group called " + g.getName());
        });
    }

    /** The parent must be a group of the same partnership, and not the group itself or one below it. */
    private void checkParent(long partnershipId, Long groupId, Long parentId) {
        if (parentId == null) {
            return;
        }
        var seen = new HashSet<Long>();
        Long cursor = parentId;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(groupId)) {
                throw new IllegalArgumentException("A group cannot report to itself or to a group that reports to it");
            }
            cursor = group(partnershipId, cursor)
                    .orElseThrow(() -> new IllegalArgumentException("Select a group from this partnership"))
                    .getParentId();
        }
    }

    @Transactional
    public Membership addMembership(long partnershipId, long groupId, long personId, Long organisationId,
            MembershipRole role, Long deputyId, LocalDate startsOn, LocalDate endsOn) {
        group(partnershipId, groupId).orElseThrow();
        checkBelongs(partnershipId, personId, organisationId, deputyId);
        checkNoOverlap(groupId, personId, role, null, startsOn, endsOn);
        return memberships.saveAndFlush(new Membership(partnershipId, groupId, personId, organisationId, role, deputyId,
                startsOn, endsOn));
    }

    @Transactional
    public void updateMembership(long partnershipId, long membershipId, int expectedVersion, Long organisationId,
            MembershipRole role, Long deputyId, LocalDate startsOn, LocalDate endsOn) {
        var membership = memberships.findByIdAndPartnershipId(membershipId, partnershipId).orElseThrow();
        checkBelongs(partnershipId, membership.getPersonId(), organisationId, deputyId);
        checkNoOverlap(membership.getGroupId(), membership.getPersonId(), role, membershipId, startsOn, endsOn);
        membership.update(expectedVersion, organisationId, role, deputyId, startsOn, endsOn);
        memberships.flush();
    }

    private void checkBelongs(long partnershipId, long personId, Long organisationId, Long deputyId) {
        if (!partnershipPeople.existsByPartnershipIdAndPersonId(partnershipId, personId)) {
            throw new IllegalArgumentException("Select a person from this partnership");
        }
        if (deputyId != null && !partnershipPeople.existsByPartnershipIdAndPersonId(partnershipId, deputyId)) {
            throw new IllegalArgumentException("Select a deputy from this partnership");
        }
        if (organisationId != null
                && participations.findByPartnershipIdAndOrganisationId(partnershipId, organisationId).isEmpty()) {
            throw new IllegalArgumentException("Select an organisation from this partnership");
        }
    }

    private void checkNoOverlap(long groupId, long personId, MembershipRole role, Long exceptId, LocalDate startsOn,
            LocalDate endsOn) {
        var clash = memberships.findByGroupIdAndPersonIdAndRole(groupId, personId, role).stream()
                .filter(m -> !m.getId().equals(exceptId)).anyMatch(m -> m.overlaps(startsOn, endsOn));
        if (clash) {
            throw new DuplicateRecord("startsOn",
                    "This person is already " + article(role) + " of this group for some of these dates");
        }
    }

    private static String article(MembershipRole role) {
        var label = role.label().toLowerCase();
        return (label.matches("^[aeiou].*") ? "an " : "a ") + label;
    }

    public List<TermsOfReferenceVersion> termsOfReference(long groupId) {
        return termsOfReference.versionsOf(groupId);
    }

    public Optional<TermsOfReference> termsOfReferenceDocument(long partnershipId, long groupId, long id) {
        return group(partnershipId, groupId).flatMap(g -> termsOfReference.findByIdAndGroupId(id, groupId));
    }

    /** Stores a new version of the group's terms of reference, numbered after the last. */
    @Transactional
    public TermsOfReference addTermsOfReference(long partnershipId, long groupId, LocalDate agreedOn,
            UploadedDocument document, String uploadedBy) {
        group(partnershipId, groupId).orElseThrow();
        var next = termsOfReference.latestVersion(groupId) + 1;
        return termsOfReference.saveAndFlush(new TermsOfReference(groupId, next, agreedOn, document, uploadedBy));
    }
}

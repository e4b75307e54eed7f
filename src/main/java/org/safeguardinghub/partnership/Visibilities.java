package org.safeguardinghub.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Visibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out {@link Visibility} (the one rule of who sees what) for a person in a partnership from
 * their roles, the partnership's confidential groups, the seats they hold today and the joint case
 * review group. Worked out once per request and partnership.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Visibilities {

    private static final String CACHE = Visibilities.class.getName();

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final ObjectProvider<CaseReviewGroups> caseReviewGroups;
    private final Clock clock;

    Visibilities(GroupRepository groups, MembershipRepository memberships, ObjectProvider<CaseReviewGroups> caseReviewGroups,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.caseReviewGroups = caseReviewGroups;
        this.clock = clock;
    }

    public Visibility of(CurrentUser user, long partnershipId) {
        if (user == null || !user.belongsTo(partnershipId)) {
            return Visibility.outsider(partnershipId);
        }
        var cache = requestCache();
        var key = user.accountId() + ":" + partnershipId;
        if (cache != null && cache.get(key) instanceof Visibility known) {
            return known;
        }
        var visibility = workOut(user, partnershipId);
        if (cache != null) {
            cache.put(key, visibility);
        }
        return visibility;
    }

    private Visibility workOut(CurrentUser user, long partnershipId) {
        var confidential = groups.findByPartnershipIdOrderByName(partnershipId).stream().filter(Group::isConfidential)
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        var today = LocalDate.now(clock);
        var seats = user.personId() == null ? java.util.Set.<Long>of()
                : memberships.seatsOf(partnershipId, user.personId()).stream().filter(m -> m.isCurrent(today))
                        .map(Membership::getGroupId).collect(Collectors.toUnmodifiableSet());
        var reviewGroup = caseReviewGroups.getIfAvailable();
        return new Visibility(partnershipId, true, user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT, Role.CHAIR),
                user.hasAnyRole(partnershipId, Role.PARTNER), confidential, seats,
                reviewGroup == null ? null : reviewGroup.of(partnershipId).orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Visibility> requestCache() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return null;
        }
        var cache = attributes.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, Visibility>();
            attributes.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Visibility>) cache;
    }
}

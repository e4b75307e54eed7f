package org.safeguardinghub.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * The signed-in user with their roles as they are now (loaded on each request, so a role taken
 * away stops working at once). The rules of who may do what in a partnership live here.
 */
@NamedInterface("api")
public record CurrentUser(long accountId, String username, String displayName, boolean systemAdministrator,
        Long personId, List<RoleAssignment> roles) {

    public boolean belongsTo(long partnershipId) {
        return roles.stream().anyMatch(r -> r.partnershipId() == partnershipId);
    }

    public boolean hasAnyRole(long partnershipId, Role... wanted) {
        var set = Set.of(wanted);
        return roles.stream().anyMatch(r -> r.partnershipId() == partnershipId && set.contains(r.role()));
    }

    public Set<Long> partnershipIds() {
        return roles.stream().map(RoleAssignment::partnershipId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The business unit keeps the partnership's records. */
    public boolean canManage(long partnershipId) {
        return hasAnyRole(partnershipId, Role.BUSINESS_UNIT);
    }

    public String rolesIn(long partnershipId) {
        return roles.stream().filter(r -> r.partnershipId() == partnershipId).map(r -> r.role().label())
                .distinct().collect(Collectors.joining(", "));
    }
}

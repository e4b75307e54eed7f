package org.safeguardinghub.infrastructure;

import java.util.Optional;
import java.util.function.Supplier;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.SecondFactor;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link AccessRules.Rule} into a decision for one request. Roles and sign-in are decided
 * here; a rule about a module's records is asked of that module ({@link ModuleAccessRules}).
 */
@Component
class RuleAuthorization {

    private final CurrentUserResolver users;
    private final Partnerships partnerships;
    private final ModuleAccessRules moduleRules;

    RuleAuthorization(CurrentUserResolver users, Partnerships partnerships, ModuleAccessRules moduleRules) {
        this.users = users;
        this.partnerships = partnerships;
        this.moduleRules = moduleRules;
    }

    AuthorizationManager<RequestAuthorizationContext> managerFor(AccessRules.Rule rule) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                    RequestAuthorizationContext context) {
                return new AuthorizationDecision(allows(rule, authentication.get(), context));
            }
        };
    }

    private boolean allows(AccessRules.Rule rule, Authentication authentication, RequestAuthorizationContext context) {
        if (rule == AccessRules.Rule.PUBLIC) {
            return true;
        }
        var user = users.resolve(context.getRequest(), authentication);
        if (user.isEmpty()) {
            return false;
        }
        if (SecondFactor.isPending(authentication)) {
            return rule == AccessRules.Rule.PASSWORD_GIVEN;
        }
        return switch (rule) {
            case PUBLIC, SIGNED_IN, PASSWORD_GIVEN -> true;
            case SYSTEM_ADMINISTRATOR -> user.get().systemAdministrator();
            case PARTNERSHIP_MEMBER -> inPartnership(user.get(), context, Role.values());
            case OVERSIGHT -> inPartnership(user.get(), context, Role.BUSINESS_UNIT, Role.CHAIR);
            case BUSINESS_UNIT -> inPartnership(user.get(), context, Role.BUSINESS_UNIT);
            case ACTION_RESPONDER, ACTIVITY_OWNER, CASE_REVIEW_READER, CASE_REFERRER, INFORMATION_PROVIDER ->
                    partnershipOf(user.get(), context)
                            .map(p -> moduleRules.allows(rule, user.get(), p, context.getVariables())).orElse(false);
        };
    }

    /** The partnership named in the address, if the user belongs to it. */
    private Optional<Long> partnershipOf(CurrentUser user, RequestAuthorizationContext context) {
        var slug = context.getVariables().get("partnership");
        if (slug == null) {
            return Optional.empty();
        }
        return partnerships.bySlug(slug).filter(p -> user.belongsTo(p.getId())).map(p -> p.getId());
    }

    private boolean inPartnership(CurrentUser user, RequestAuthorizationContext context, Role... roles) {
        var slug = context.getVariables().get("partnership");
        if (slug == null) {
            return false;
        }
        return partnerships.bySlug(slug).map(p -> user.hasAnyRole(p.getId(), roles)).orElse(false);
    }
}

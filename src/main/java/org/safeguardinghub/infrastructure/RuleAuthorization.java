package org.safeguardinghub.infrastructure;

import java.util.function.Supplier;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.SecondFactor;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.plans.BusinessPlans;
import org.safeguardinghub.reviews.CaseReviewAccess;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** Turns an {@link AccessRules.Rule} into a decision for one request. */
@Component
class RuleAuthorization {

    private final CurrentUserResolver users;
    private final Partnerships partnerships;
    private final ActionTracker actions;
    private final BusinessPlans businessPlans;
    private final CaseReviewAccess caseReviews;

    RuleAuthorization(CurrentUserResolver users, Partnerships partnerships, ActionTracker actions,
            BusinessPlans businessPlans, CaseReviewAccess caseReviews) {
        this.caseReviews = caseReviews;
        this.users = users;
        this.partnerships = partnerships;
        this.actions = actions;
        this.businessPlans = businessPlans;
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
            case ACTION_RESPONDER -> mayRespondToAction(user.get(), context);
            case ACTIVITY_OWNER -> mayReportOnActivity(user.get(), context);
            case CASE_REVIEW_READER -> partnership(user.get(), context).map(p -> caseReviews.mayRead(user.get(), p)).orElse(false);
            case CASE_REFERRER -> partnership(user.get(), context).map(p -> caseReviews.mayRefer(user.get(), p)).orElse(false);
            case INFORMATION_PROVIDER -> mayProvideInformation(user.get(), context);
        };
    }

    private java.util.Optional<Long> partnership(CurrentUser user, RequestAuthorizationContext context) {
        var slug = context.getVariables().get("partnership");
        if (slug == null) {
            return java.util.Optional.empty();
        }
        return partnerships.bySlug(slug).filter(p -> user.belongsTo(p.getId())).map(p -> p.getId());
    }

    private boolean mayProvideInformation(CurrentUser user, RequestAuthorizationContext context) {
        var request = context.getVariables().get("informationRequest");
        if (request == null || !request.matches("\\d{1,18}")) {
            return false;
        }
        return partnership(user, context).map(p -> caseReviews.mayAnswer(user, p, Long.parseLong(request))).orElse(false);
    }

    private boolean mayReportOnActivity(CurrentUser user, RequestAuthorizationContext context) {
        var slug = context.getVariables().get("partnership");
        var activity = context.getVariables().get("activity");
        if (slug == null || activity == null || !activity.matches("\\d{1,18}")) {
            return false;
        }
        return partnerships.bySlug(slug).filter(p -> user.belongsTo(p.getId()))
                .map(p -> businessPlans.mayReport(user, p.getId(), Long.parseLong(activity))).orElse(false);
    }

    private boolean mayRespondToAction(CurrentUser user, RequestAuthorizationContext context) {
        var slug = context.getVariables().get("partnership");
        var action = context.getVariables().get("action");
        if (slug == null || action == null || !action.matches("\\d{1,18}")) {
            return false;
        }
        return partnerships.bySlug(slug).filter(p -> user.belongsTo(p.getId()))
                .map(p -> actions.mayRespond(user, p.getId(), Long.parseLong(action))).orElse(false);
    }

    private boolean inPartnership(CurrentUser user, RequestAuthorizationContext context, Role... roles) {
        var slug = context.getVariables().get("partnership");
        if (slug == null) {
            return false;
        }
        return partnerships.bySlug(slug).map(p -> user.hasAnyRole(p.getId(), roles)).orElse(false);
    }
}

package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** Finds what a plan page's URL names, in the partnership in the URL, or answers 404. */
@Component
class PlanPages {

    static final String STALE = "Someone else changed this while you were editing it. Your changes have not been saved: "
            + "check the page, then try again";

    private final Partnerships partnerships;
    private final StrategicPlans plans;
    private final BusinessPlans businessPlans;

    PlanPages(Partnerships partnerships, StrategicPlans plans, BusinessPlans businessPlans) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.businessPlans = businessPlans;
    }

    Partnership partnership(String slug) {
        return partnerships.bySlug(slug).orElseThrow(PlanPages::notFound);
    }

    StrategicPlan plan(Partnership partnership, long planId) {
        return plans.find(partnership.getId(), planId).orElseThrow(PlanPages::notFound);
    }

    Priority priority(Partnership partnership, long priorityId) {
        return plans.priority(partnership.getId(), priorityId).orElseThrow(PlanPages::notFound);
    }

    BusinessPlan businessPlan(Partnership partnership, long businessPlanId) {
        return businessPlans.find(partnership.getId(), businessPlanId).orElseThrow(PlanPages::notFound);
    }

    PlanActivity activity(CurrentUser user, Partnership partnership, long activityId) {
        return businessPlans.activity(user, partnership.getId(), activityId).orElseThrow(PlanPages::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Runs a change, turning a refusal or a stale version into the form's errors; answers whether it worked. */
    static boolean attempt(BindingResult result, Runnable change) {
        try {
            change.run();
            return true;
        } catch (Refused refused) {
            if (refused.field() != null) {
                result.rejectValue(refused.field(), "refused", refused.getMessage());
            } else {
                result.reject("refused", refused.getMessage());
            }
        } catch (ObjectOptimisticLockingFailureException stale) {
            result.reject("stale", STALE);
        }
        return false;
    }
}

package org.safeguardinghub.plans;

import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Partnership;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the plan, priority, business plan or activity an address names, in the partnership it names, or answers 404. */
@Component
class PlanLookup {

    private final StrategicPlans plans;
    private final BusinessPlans businessPlans;

    PlanLookup(StrategicPlans plans, BusinessPlans businessPlans) {
        this.plans = plans;
        this.businessPlans = businessPlans;
    }

    StrategicPlan plan(Partnership partnership, long planId) {
        return plans.find(partnership.getId(), planId).orElseThrow(PlanLookup::notFound);
    }

    Priority priority(Partnership partnership, long priorityId) {
        return plans.priority(partnership.getId(), priorityId).orElseThrow(PlanLookup::notFound);
    }

    BusinessPlan businessPlan(Partnership partnership, long businessPlanId) {
        return businessPlans.find(partnership.getId(), businessPlanId).orElseThrow(PlanLookup::notFound);
    }

    PlanActivity activity(CurrentUser user, Partnership partnership, long activityId) {
        return businessPlans.activity(user, partnership.getId(), activityId).orElseThrow(PlanLookup::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A business plan's activities (all, or one group's work plan), owners' quarterly progress and the executive's review. */
@Controller
class BusinessPlanController {

    private static final List<String> ACTIVITY_FIELDS = List.of("description", "priorityId", "ownerGroupId",
            "ownerPersonId", "dueOn");
    private static final List<String> PROGRESS_FIELDS = List.of("quarter", "rag", "narrative", "evidence");

    private final PlanLookup lookup;
    private final StrategicPlans plans;
    private final BusinessPlans businessPlans;
    private final PartnershipStructure structure;
    private final People people;
    private final AuditTrail audit;

    BusinessPlanController(PlanLookup lookup, StrategicPlans plans, BusinessPlans businessPlans,
            PartnershipStructure structure, People people, AuditTrail audit) {
        this.lookup = lookup;
        this.plans = plans;
        this.businessPlans = businessPlans;
        this.structure = structure;
        this.people = people;
        this.audit = audit;
    }

    @InitBinder("activityForm")
    void activityFields(WebDataBinder binder) {
        binder.setAllowedFields("description", "priorityId", "ownerGroupId", "ownerPersonId", "dueOn.*", "version");
    }

    @InitBinder("progressForm")
    void progressFields(WebDataBinder binder) {
        binder.setAllowedFields("quarter", "rag", "narrative", "evidence", "version");
    }

    @GetMapping("/p/{partnership}/business-plans/{businessPlan}")
    String show(Partnership partnership, @PathVariable("businessPlan") long businessPlanId,
            @RequestParam(name = "group", required = false) Long groupId, CurrentUser user, Model model) {
        var businessPlan = lookup.businessPlan(partnership, businessPlanId);
        var rows = businessPlans.rows(user, businessPlan);
        var groups = structure.visibleGroups(user, partnership.getId()).stream()
                .filter(g -> businessPlans.ownerGroupIds(rows).contains(g.getId())).toList();
        var chosen = groups.stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
        model.addAttribute("businessPlan", businessPlan);
        model.addAttribute("plan", lookup.plan(partnership, businessPlan.getStrategicPlanId()));
        model.addAttribute("rows", chosen == null ? rows
                : rows.stream().filter(r -> r.activity().getOwnerGroupId().equals(chosen.getId())).toList());
        model.addAttribute("workPlanOf", chosen);
        model.addAttribute("groupItems", Choices.withPrompt("Every group", groups, Group::getId, Group::getName,
                chosen == null ? null : chosen.getId()));
        model.addAttribute("today", businessPlans.today());
        model.addAttribute("currentQuarter", Math.max(1, Math.min(4, businessPlan.quarterOn(businessPlans.today()))));
        return "plans/business-plan";
    }

    @GetMapping("/p/{partnership}/business-plans/{businessPlan}/review")
    String review(Partnership partnership, @PathVariable("businessPlan") long businessPlanId,
            @RequestParam(name = "quarter", required = false) Integer quarter, CurrentUser user, Model model) {
        var businessPlan = lookup.businessPlan(partnership, businessPlanId);
        var q = quarter == null || quarter < 1 || quarter > 4
                ? Math.max(1, Math.min(4, businessPlan.quarterOn(businessPlans.today()))) : quarter;
        var rows = businessPlans.rows(user, businessPlan);
        var counts = businessPlans.ragCounts(rows, q);
        model.addAttribute("businessPlan", businessPlan);
        model.addAttribute("plan", lookup.plan(partnership, businessPlan.getStrategicPlanId()));
        model.addAttribute("quarter", q);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("most", Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1)));
        model.addAttribute("mayReview", user.hasAnyRole(partnership.getId(), Role.BUSINESS_UNIT, Role.CHAIR));
        return "plans/review";
    }

    @PostMapping("/p/{partnership}/business-plans/{businessPlan}/review/{update}")
    String recordReview(Partnership partnership, @PathVariable("businessPlan") long businessPlanId,
            @PathVariable("update") long updateId, @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String comment, CurrentUser user, RedirectAttributes redirect) {
        var businessPlan = lookup.businessPlan(partnership, businessPlanId);
        int quarter;
        try {
            var update = businessPlans.reviewable(partnership.getId(), businessPlan.getId(), updateId)
                    .orElseThrow(PlanLookup::notFound);
            quarter = update.getQuarter();
            businessPlans.review(user, partnership.getId(), updateId, version, comment);
            redirect.addFlashAttribute("success", "The update has been marked as reviewed");
        } catch (ObjectOptimisticLockingFailureException collision) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "progress update").getMessage());
            quarter = 0;
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            quarter = 0;
        }
        return "redirect:/p/" + partnership.getSlug() + "/business-plans/" + businessPlanId + "/review" + (quarter > 0 ? "?quarter=" + quarter : "");
    }

    @GetMapping("/p/{partnership}/business-plans/{businessPlan}/activities/new")
    String newActivity(Partnership partnership, @PathVariable("businessPlan") long businessPlanId,
            @RequestParam(name = "priority", required = false) Long priorityId, CurrentUser user, Model model) {
        var form = new ActivityForm();
        form.setPriorityId(priorityId);
        return activityForm(model, user, partnership, lookup.businessPlan(partnership, businessPlanId), null, form, null);
    }

    @PostMapping("/p/{partnership}/business-plans/{businessPlan}/activities/new")
    String addActivity(Partnership partnership, @PathVariable("businessPlan") long businessPlanId,
            @ModelAttribute("activityForm") ActivityForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        var businessPlan = lookup.businessPlan(partnership, businessPlanId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                businessPlans.addActivity(partnership.getId(), businessPlanId, form.getPriorityId(), form.getDescription(),
                        form.getOwnerGroupId(), form.getOwnerPersonId(), form.getDueOn().toDate().orElse(null));
                redirect.addFlashAttribute("success", "The activity has been added to the business plan");
                return "redirect:/p/" + partnership.getSlug() + "/business-plans/" + businessPlanId;
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return activityForm(model, user, partnership, businessPlan, null, form, result);
    }

    @GetMapping("/p/{partnership}/activities/{activity}/edit")
    String editActivity(Partnership partnership, @PathVariable("activity") long activityId,
            CurrentUser user, Model model) {
        var activity = lookup.activity(user, partnership, activityId);
        return activityForm(model, user, partnership, lookup.businessPlan(partnership, activity.getBusinessPlanId()),
                activity, ActivityForm.of(activity), null);
    }

    @PostMapping("/p/{partnership}/activities/{activity}/edit")
    String changeActivity(Partnership partnership, @PathVariable("activity") long activityId,
            @ModelAttribute("activityForm") ActivityForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        var activity = lookup.activity(user, partnership, activityId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                businessPlans.changeActivity(partnership.getId(), activityId, form.getVersion(), form.getPriorityId(),
                        form.getDescription(), form.getOwnerGroupId(), form.getOwnerPersonId(),
                        form.getDueOn().toDate().orElse(null));
                redirect.addFlashAttribute("success", "The activity has been changed");
                return "redirect:/p/" + partnership.getSlug() + "/activities/" + activityId;
            } catch (ObjectOptimisticLockingFailureException collision) {
                FormErrors.reject(result, StaleEdit.of(collision, "activity"));
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return activityForm(model, user, partnership, lookup.businessPlan(partnership, activity.getBusinessPlanId()),
                activity, form, result);
    }

    private String activityForm(Model model, CurrentUser user, Partnership partnership, BusinessPlan businessPlan,
            PlanActivity activity, ActivityForm form, BindingResult result) {
        var today = businessPlans.today();
        var groups = structure.visibleGroups(user, partnership.getId()).stream()
                .filter(g -> g.getEndsOn() == null || !g.getEndsOn().isBefore(today)
                        || g.getId().equals(form.getOwnerGroupId()))
                .toList();
        var priorities = plans.priorities(businessPlan.getStrategicPlanId());
        model.addAttribute("businessPlan", businessPlan);
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        model.addAttribute("priorityItems", Choices.withPrompt("Core business (no priority)", priorities,
                Priority::getId, Priority::getName, form.getPriorityId()));
        model.addAttribute("groupItems", Choices.withPrompt("Choose a group", groups, Group::getId, Group::getName,
                form.getOwnerGroupId()));
        model.addAttribute("personItems", Choices.withPrompt("No named owner", people.allIn(partnership.getId()),
                Person::getId, Person::getFullName, form.getOwnerPersonId()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, ACTIVITY_FIELDS, Set.of("dueOn")));
        }
        return "plans/activity-form";
    }

    @GetMapping("/p/{partnership}/activities/{activity}")
    String activity(Partnership partnership, @PathVariable("activity") long activityId,
            CurrentUser user, Model model) {
        var activity = lookup.activity(user, partnership, activityId);
        var businessPlan = lookup.businessPlan(partnership, activity.getBusinessPlanId());
        model.addAttribute("row", businessPlans.row(user, activity));
        model.addAttribute("businessPlan", businessPlan);
        model.addAttribute("mayReport", businessPlans.mayReport(user, activity));
        model.addAttribute("today", businessPlans.today());
        return "plans/activity";
    }

    @GetMapping("/p/{partnership}/activities/{activity}/progress")
    String progressForm(Partnership partnership, @PathVariable("activity") long activityId,
            @RequestParam(name = "quarter", required = false) Integer quarter, CurrentUser user, Model model) {
        var activity = lookup.activity(user, partnership, activityId);
        var businessPlan = lookup.businessPlan(partnership, activity.getBusinessPlanId());
        var quarters = businessPlans.reportableQuarters(businessPlan);
        var q = quarter != null ? quarter : quarters.isEmpty() ? null : quarters.getLast();
        var form = q == null ? null : businessPlans.update(activityId, q).map(ProgressForm::of).orElse(null);
        if (form == null) {
            form = new ProgressForm();
            form.setQuarter(q);
        }
        return progressForm(model, user, activity, businessPlan, form, null);
    }

    @PostMapping("/p/{partnership}/activities/{activity}/progress")
    String report(Partnership partnership, @PathVariable("activity") long activityId,
            @ModelAttribute("progressForm") ProgressForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        var activity = lookup.activity(user, partnership, activityId);
        var businessPlan = lookup.businessPlan(partnership, activity.getBusinessPlanId());
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                businessPlans.report(user, partnership.getId(), activityId, form.getVersion(), form.getQuarter(),
                        form.getRag(), form.getNarrative(), form.getEvidence());
                redirect.addFlashAttribute("success", "Your update for quarter " + form.getQuarter() + " has been saved");
                return "redirect:/p/" + partnership.getSlug() + "/activities/" + activityId;
            } catch (ObjectOptimisticLockingFailureException collision) {
                refusedReport(result, StaleEdit.of(collision, "progress update"), activityId, form);
            } catch (Refused refused) {
                refusedReport(result, refused, activityId, form);
            }
        }
        return progressForm(model, user, activity, businessPlan, form, result);
    }

    /** After a stale edit the form takes the saved version, so that saving again knowingly overwrites. */
    private void refusedReport(BindingResult result, Refused refused, long activityId, ProgressForm form) {
        FormErrors.reject(result, refused);
        if (refused instanceof StaleEdit) {
            businessPlans.update(activityId, form.getQuarter()).ifPresent(u -> form.setVersion(u.getVersion()));
        }
    }

    private String progressForm(Model model, CurrentUser user, PlanActivity activity, BusinessPlan businessPlan,
            ProgressForm form, BindingResult result) {
        var quarters = businessPlans.reportableQuarters(businessPlan);
        var quarterItems = new ArrayList<Map<String, Object>>();
        for (var q : quarters) {
            quarterItems.add(Map.of("value", String.valueOf(q), "text", "Quarter " + q + " ("
                    + BusinessPlans.DAY.format(businessPlan.startOf(q)) + " to " + BusinessPlans.DAY.format(businessPlan.endOf(q)) + ")",
                    "checked", Integer.valueOf(q).equals(form.getQuarter())));
        }
        model.addAttribute("row", businessPlans.row(user, activity));
        model.addAttribute("businessPlan", businessPlan);
        model.addAttribute("form", form);
        model.addAttribute("quarterItems", quarterItems);
        model.addAttribute("ragItems", Choices.of(List.of(Rag.values()), Rag::name, Rag::label,
                form.getRag() == null ? null : form.getRag().name()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, PROGRESS_FIELDS, Set.of()));
        }
        return "plans/progress-form";
    }

    @GetMapping("/p/{partnership}/activities/{activity}/history")
    String history(Partnership partnership, @PathVariable("activity") long activityId,
            CurrentUser user, Model model) {
        var activity = lookup.activity(user, partnership, activityId);
        model.addAttribute("recordName", activity.getDescription());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/activities/" + activityId);
        model.addAttribute("events", audit.historyOf("PlanActivity", activityId));
        return "audit/history";
    }
}

package org.safeguardinghub.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.exports.Printer;
import org.safeguardinghub.exports.Spreadsheet;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Strategic plans, their priorities, the plan on a page and its PDF and Excel copies. */
@Controller
class PlanController {

    private static final List<String> PLAN_FIELDS = List.of("title", "startsYear", "endsYear", "vision", "coreBusiness");
    private static final List<String> PRIORITY_FIELDS = List.of("title", "objective", "howWeWill", "successStatements",
            "measures", "sharedWith");

    private final PlanLookup lookup;
    private final StrategicPlans plans;
    private final BusinessPlans businessPlans;
    private final AuditTrail audit;
    private final Printer printer;

    PlanController(PlanLookup lookup, StrategicPlans plans, BusinessPlans businessPlans, AuditTrail audit,
            Printer printer) {
        this.lookup = lookup;
        this.plans = plans;
        this.businessPlans = businessPlans;
        this.audit = audit;
        this.printer = printer;
    }

    @InitBinder("planForm")
    void planFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "startsYear", "endsYear", "vision", "coreBusiness", "version");
    }

    @InitBinder("priorityForm")
    void priorityFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "objective", "howWeWill", "successStatements", "measures", "sharedWith", "version");
    }

    @GetMapping("/p/{partnership}/plans")
    String plans(Partnership partnership, Model model) {
        var all = plans.all(partnership.getId());
        model.addAttribute("plans", all);
        var byPlan = new java.util.HashMap<Long, List<BusinessPlan>>();
        all.forEach(p -> byPlan.put(p.getId(), businessPlans.of(p.getId())));
        model.addAttribute("businessPlansOf", byPlan);
        return "plans/plans";
    }

    @GetMapping("/p/{partnership}/plans/new")
    String newPlan(Partnership partnership, Model model) {
        return planForm(model, null, new PlanForm(), null);
    }

    @PostMapping("/p/{partnership}/plans/new")
    String create(Partnership partnership, @ModelAttribute("planForm") PlanForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var created = plans.create(partnership.getId(), form.getTitle(), form.starts(), form.ends(),
                        form.getVision(), form.getCoreBusiness());
                redirect.addFlashAttribute("success", "The plan has been created. Add its priorities");
                return "redirect:/p/" + partnership.getSlug() + "/plans/" + created.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return planForm(model, null, form, result);
    }

    @GetMapping("/p/{partnership}/plans/{plan}/edit")
    String editPlan(Partnership partnership, @PathVariable("plan") long planId, Model model) {
        var plan = lookup.plan(partnership, planId);
        return planForm(model, plan, PlanForm.of(plan), null);
    }

    @PostMapping("/p/{partnership}/plans/{plan}/edit")
    String change(Partnership partnership, @PathVariable("plan") long planId,
            @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var plan = lookup.plan(partnership, planId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                plans.change(partnership.getId(), planId, form.getVersion(), form.getTitle(), form.starts(), form.ends(),
                        form.getVision(), form.getCoreBusiness());
                redirect.addFlashAttribute("success", "The plan has been changed");
                return "redirect:/p/" + partnership.getSlug() + "/plans/" + planId;
            } catch (ObjectOptimisticLockingFailureException collision) {
                FormErrors.reject(result, StaleEdit.of(collision, "plan"));
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return planForm(model, plan, form, result);
    }

    private String planForm(Model model, StrategicPlan plan, PlanForm form, BindingResult result) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, PLAN_FIELDS, Set.of()));
        }
        return "plans/plan-form";
    }

    @GetMapping("/p/{partnership}/plans/{plan}")
    String show(Partnership partnership, @PathVariable("plan") long planId, Model model) {
        var plan = lookup.plan(partnership, planId);
        var priorities = plans.priorities(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("priorities", priorities);
        model.addAttribute("measures", plans.measuresOf(priorities));
        model.addAttribute("businessPlans", businessPlans.of(planId));
        model.addAttribute("thisYear", BusinessPlan.businessYearOf(businessPlans.today()));
        return "plans/plan";
    }

    @PostMapping("/p/{partnership}/plans/{plan}/business-plans")
    String createBusinessPlan(Partnership partnership, @PathVariable("plan") long planId,
            @RequestParam(defaultValue = "") String startsYear, Model model, RedirectAttributes redirect) {
        var plan = lookup.plan(partnership, planId);
        var result = new MapBindingResult(new java.util.HashMap<>(), "businessPlan");
        var year = PlanForm.year(startsYear, "startsYear", "the year the business plan starts", result);
        if (year != null) {
            try {
                var created = businessPlans.create(partnership.getId(), plan.getId(), year);
                redirect.addFlashAttribute("success", created.getName() + " has been created. Add its activities");
                return "redirect:/p/" + partnership.getSlug() + "/business-plans/" + created.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("errors", FormErrors.of(result, List.of("startsYear"), Set.of()));
        model.addAttribute("startsYear", startsYear);
        return show(partnership, planId, model);
    }

    @GetMapping("/p/{partnership}/plans/{plan}/priorities/new")
    String newPriority(Partnership partnership, @PathVariable("plan") long planId, Model model) {
        var plan = lookup.plan(partnership, planId);
        return priorityForm(model, plan, null, new PriorityForm(), null);
    }

    @PostMapping("/p/{partnership}/plans/{plan}/priorities/new")
    String addPriority(Partnership partnership, @PathVariable("plan") long planId,
            @ModelAttribute("priorityForm") PriorityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var plan = lookup.plan(partnership, planId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var added = plans.addPriority(partnership.getId(), planId, form.getTitle(), form.getObjective(),
                        form.getHowWeWill(), form.getSuccessStatements(), form.getMeasures(), form.getSharedWith());
                redirect.addFlashAttribute("success", added.getName() + " has been added to the plan");
                return "redirect:/p/" + partnership.getSlug() + "/plans/" + planId;
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return priorityForm(model, plan, null, form, result);
    }

    @GetMapping("/p/{partnership}/priorities/{priority}/edit")
    String editPriority(Partnership partnership, @PathVariable("priority") long priorityId, Model model) {
        var priority = lookup.priority(partnership, priorityId);
        return priorityForm(model, lookup.plan(partnership, priority.getPlanId()), priority,
                PriorityForm.of(priority, plans.measures(priorityId)), null);
    }

    @PostMapping("/p/{partnership}/priorities/{priority}/edit")
    String changePriority(Partnership partnership, @PathVariable("priority") long priorityId,
            @ModelAttribute("priorityForm") PriorityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var priority = lookup.priority(partnership, priorityId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                plans.changePriority(partnership.getId(), priorityId, form.getVersion(), form.getTitle(),
                        form.getObjective(), form.getHowWeWill(), form.getSuccessStatements(), form.getMeasures(),
                        form.getSharedWith());
                redirect.addFlashAttribute("success", "The priority has been changed");
                return "redirect:/p/" + partnership.getSlug() + "/priorities/" + priorityId;
            } catch (ObjectOptimisticLockingFailureException collision) {
                FormErrors.reject(result, StaleEdit.of(collision, "priority"));
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return priorityForm(model, lookup.plan(partnership, priority.getPlanId()), priority, form, result);
    }

    private String priorityForm(Model model, StrategicPlan plan, Priority priority, PriorityForm form,
            BindingResult result) {
        model.addAttribute("plan", plan);
        model.addAttribute("priority", priority);
        model.addAttribute("form", form);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, PRIORITY_FIELDS, Set.of()));
        }
        return "plans/priority-form";
    }

    /** A priority with its activities quarter by quarter in one business plan (the latest unless one is chosen). */
    @GetMapping("/p/{partnership}/priorities/{priority}")
    String priority(Partnership partnership, @PathVariable("priority") long priorityId,
            @RequestParam(name = "year", required = false) Long businessPlanId, CurrentUser user, Model model) {
        var priority = lookup.priority(partnership, priorityId);
        var plan = lookup.plan(partnership, priority.getPlanId());
        var years = businessPlans.of(plan.getId());
        var chosen = years.stream().filter(b -> businessPlanId == null || b.getId().equals(businessPlanId)).findFirst()
                .orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("priority", priority);
        model.addAttribute("measureList", plans.measures(priorityId));
        model.addAttribute("years", years);
        model.addAttribute("yearItems", org.safeguardinghub.govuk.Choices.of(years, BusinessPlan::getId, BusinessPlan::getName,
                chosen == null ? null : chosen.getId()));
        model.addAttribute("businessPlan", chosen);
        model.addAttribute("rows", chosen == null ? List.of() : businessPlans.rows(user, chosen).stream()
                .filter(r -> priorityId == (r.activity().getPriorityId() == null ? -1 : r.activity().getPriorityId()))
                .toList());
        return "plans/priority";
    }

    @GetMapping("/p/{partnership}/plans/{plan}/on-a-page")
    String onAPage(Partnership partnership, @PathVariable("plan") long planId, Model model) {
        var plan = lookup.plan(partnership, planId);
        var priorities = plans.priorities(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("priorities", priorities);
        model.addAttribute("measures", plans.measuresOf(priorities));
        return "plans/on-a-page";
    }

    @GetMapping("/p/{partnership}/plans/{plan}/on-a-page.pdf")
    ResponseEntity<byte[]> onAPagePdf(Partnership partnership, @PathVariable("plan") long planId) {
        var plan = lookup.plan(partnership, planId);
        var priorities = plans.priorities(planId);
        var pdf = printer.pdf("print/plan-on-a-page", Map.of("partnership", partnership, "plan", plan,
                "priorities", priorities, "measures", plans.measuresOf(priorities)));
        return download(pdf, MediaType.APPLICATION_PDF, partnership.getSlug() + "-plan-on-a-page.pdf");
    }

    @GetMapping("/p/{partnership}/plans/{plan}/on-a-page.xlsx")
    ResponseEntity<byte[]> onAPageExcel(Partnership partnership, @PathVariable("plan") long planId) {
        var plan = lookup.plan(partnership, planId);
        var priorities = plans.priorities(planId);
        var measures = plans.measuresOf(priorities);
        var rows = new ArrayList<List<Object>>();
        for (var priority : priorities) {
            for (var line : priority.getHowWeWillList()) {
                rows.add(List.of(priority.getName(), priority.getObjective(), "How we will do this", line));
            }
            for (var line : priority.getSuccessStatementList()) {
                rows.add(List.of(priority.getName(), priority.getObjective(), "We will know we are successful when", line));
            }
            for (var measure : measures.getOrDefault(priority.getId(), List.of())) {
                rows.add(List.of(priority.getName(), priority.getObjective(), "We will monitor through", measure.getDescription()));
            }
        }
        var overview = new ArrayList<List<Object>>();
        overview.add(List.of("Plan", plan.getTitle()));
        overview.add(List.of("Period", plan.getPeriod()));
        overview.add(List.of("Vision", plan.getVision() == null ? "" : plan.getVision()));
        plan.getCoreBusinessList().forEach(c -> overview.add(List.of("Core business", c)));
        priorities.forEach(p -> overview.add(List.of(p.getName(), p.getObjective()
                + (p.isShared() ? " (shared with " + p.getSharedWith() + ")" : ""))));
        var bytes = new Spreadsheet().sheet("Plan", List.of("Item", "Text"), overview)
                .sheet("Priorities", List.of("Priority", "Strategic objective", "Section", "Text"), rows).toBytes();
        return download(bytes, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                partnership.getSlug() + "-plan-on-a-page.xlsx");
    }

    @GetMapping("/p/{partnership}/plans/{plan}/history")
    String history(Partnership partnership, @PathVariable("plan") long planId, Model model) {
        var plan = lookup.plan(partnership, planId);
        model.addAttribute("recordName", plan.getTitle());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/plans/" + planId);
        model.addAttribute("events", audit.historyOf("StrategicPlan", planId));
        return "audit/history";
    }

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

}

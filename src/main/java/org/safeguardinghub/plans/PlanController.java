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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    private final PlanPages pages;
    private final StrategicPlans plans;
    private final BusinessPlans businessPlans;
    private final AuditTrail audit;
    private final Printer printer;

    PlanController(PlanPages pages, StrategicPlans plans, BusinessPlans businessPlans, AuditTrail audit,
            Printer printer) {
        this.pages = pages;
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
    String plans(@PathVariable("partnership") String slug, Model model) {
        var partnership = pages.partnership(slug);
        var all = plans.all(partnership.getId());
        model.addAttribute("plans", all);
        var byPlan = new java.util.HashMap<Long, List<BusinessPlan>>();
        all.forEach(p -> byPlan.put(p.getId(), businessPlans.of(p.getId())));
        model.addAttribute("businessPlansOf", byPlan);
        return "plans/plans";
    }

    @GetMapping("/p/{partnership}/plans/new")
    String newPlan(@PathVariable("partnership") String slug, Model model) {
        pages.partnership(slug);
        return planForm(model, null, new PlanForm(), null);
    }

    @PostMapping("/p/{partnership}/plans/new")
    String create(@PathVariable("partnership") String slug, @ModelAttribute("planForm") PlanForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        var partnership = pages.partnership(slug);
        form.validate(result);
        var created = new StrategicPlan[1];
        if (!result.hasErrors() && PlanPages.attempt(result, () -> created[0] = plans.create(partnership.getId(),
                form.getTitle(), form.starts(), form.ends(), form.getVision(), form.getCoreBusiness()))) {
            redirect.addFlashAttribute("success", "The plan has been created. Add its priorities");
            return "redirect:/p/" + slug + "/plans/" + created[0].getId();
        }
        return planForm(model, null, form, result);
    }

    @GetMapping("/p/{partnership}/plans/{plan}/edit")
    String editPlan(@PathVariable("partnership") String slug, @PathVariable("plan") long planId, Model model) {
        var plan = pages.plan(pages.partnership(slug), planId);
        return planForm(model, plan, PlanForm.of(plan), null);
    }

    @PostMapping("/p/{partnership}/plans/{plan}/edit")
    String change(@PathVariable("partnership") String slug, @PathVariable("plan") long planId,
            @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var partnership = pages.partnership(slug);
        var plan = pages.plan(partnership, planId);
        form.validate(result);
        if (!result.hasErrors() && PlanPages.attempt(result, () -> plans.change(partnership.getId(), planId,
                form.getVersion(), form.getTitle(), form.starts(), form.ends(), form.getVision(), form.getCoreBusiness()))) {
            redirect.addFlashAttribute("success", "The plan has been changed");
            return "redirect:/p/" + slug + "/plans/" + planId;
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
    String show(@PathVariable("partnership") String slug, @PathVariable("plan") long planId, Model model) {
        var partnership = pages.partnership(slug);
        var plan = pages.plan(partnership, planId);
        var priorities = plans.priorities(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("priorities", priorities);
        model.addAttribute("measures", plans.measuresOf(priorities));
        model.addAttribute("businessPlans", businessPlans.of(planId));
        model.addAttribute("thisYear", BusinessPlan.businessYearOf(businessPlans.today()));
        return "plans/plan";
    }

    @PostMapping("/p/{partnership}/plans/{plan}/business-plans")
    String createBusinessPlan(@PathVariable("partnership") String slug, @PathVariable("plan") long planId,
            @RequestParam(defaultValue = "") String startsYear, Model model, RedirectAttributes redirect) {
        var partnership = pages.partnership(slug);
        var plan = pages.plan(partnership, planId);
        var result = new MapBindingResult(new java.util.HashMap<>(), "businessPlan");
        var year = PlanForm.year(startsYear, "startsYear", "the year the business plan starts", result);
        var created = new BusinessPlan[1];
        if (year != null && PlanPages.attempt(result,
                () -> created[0] = businessPlans.create(partnership.getId(), plan.getId(), year))) {
            redirect.addFlashAttribute("success", created[0].getName() + " has been created. Add its activities");
            return "redirect:/p/" + slug + "/business-plans/" + created[0].getId();
        }
        model.addAttribute("errors", FormErrors.of(result, List.of("startsYear"), Set.of()));
        model.addAttribute("startsYear", startsYear);
        return show(slug, planId, model);
    }

    @GetMapping("/p/{partnership}/plans/{plan}/priorities/new")
    String newPriority(@PathVariable("partnership") String slug, @PathVariable("plan") long planId, Model model) {
        var plan = pages.plan(pages.partnership(slug), planId);
        return priorityForm(model, plan, null, new PriorityForm(), null);
    }

    @PostMapping("/p/{partnership}/plans/{plan}/priorities/new")
    String addPriority(@PathVariable("partnership") String slug, @PathVariable("plan") long planId,
            @ModelAttribute("priorityForm") PriorityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var partnership = pages.partnership(slug);
        var plan = pages.plan(partnership, planId);
        form.validate(result);
        var added = new Priority[1];
        if (!result.hasErrors() && PlanPages.attempt(result, () -> added[0] = plans.addPriority(partnership.getId(),
                planId, form.getTitle(), form.getObjective(), form.getHowWeWill(), form.getSuccessStatements(),
                form.getMeasures(), form.getSharedWith()))) {
            redirect.addFlashAttribute("success", added[0].getName() + " has been added to the plan");
            return "redirect:/p/" + slug + "/plans/" + planId;
        }
        return priorityForm(model, plan, null, form, result);
    }

    @GetMapping("/p/{partnership}/priorities/{priority}/edit")
    String editPriority(@PathVariable("partnership") String slug, @PathVariable("priority") long priorityId, Model model) {
        var partnership = pages.partnership(slug);
        var priority = pages.priority(partnership, priorityId);
        return priorityForm(model, pages.plan(partnership, priority.getPlanId()), priority,
                PriorityForm.of(priority, plans.measures(priorityId)), null);
    }

    @PostMapping("/p/{partnership}/priorities/{priority}/edit")
    String changePriority(@PathVariable("partnership") String slug, @PathVariable("priority") long priorityId,
            @ModelAttribute("priorityForm") PriorityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var partnership = pages.partnership(slug);
        var priority = pages.priority(partnership, priorityId);
        form.validate(result);
        if (!result.hasErrors() && PlanPages.attempt(result, () -> plans.changePriority(partnership.getId(), priorityId,
                form.getVersion(), form.getTitle(), form.getObjective(), form.getHowWeWill(), form.getSuccessStatements(),
                form.getMeasures(), form.getSharedWith()))) {
            redirect.addFlashAttribute("success", "The priority has been changed");
            return "redirect:/p/" + slug + "/priorities/" + priorityId;
        }
        return priorityForm(model, pages.plan(partnership, priority.getPlanId()), priority, form, result);
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
    String priority(@PathVariable("partnership") String slug, @PathVariable("priority") long priorityId,
            @RequestParam(name = "year", required = false) Long businessPlanId, CurrentUser user, Model model) {
        var partnership = pages.partnership(slug);
        var priority = pages.priority(partnership, priorityId);
        var plan = pages.plan(partnership, priority.getPlanId());
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
    String onAPage(@PathVariable("partnership") String slug, @PathVariable("plan") long planId, Model model) {
        var plan = pages.plan(pages.partnership(slug), planId);
        var priorities = plans.priorities(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("priorities", priorities);
        model.addAttribute("measures", plans.measuresOf(priorities));
        return "plans/on-a-page";
    }

    @GetMapping("/p/{partnership}/plans/{plan}/on-a-page.pdf")
    ResponseEntity<byte[]> onAPagePdf(@PathVariable("partnership") String slug, @PathVariable("plan") long planId) {
        var partnership = pages.partnership(slug);
        var plan = pages.plan(partnership, planId);
        var priorities = plans.priorities(planId);
        var pdf = printer.pdf("print/plan-on-a-page", Map.of("partnership", partnership, "plan", plan,
                "priorities", priorities, "measures", plans.measuresOf(priorities)));
        return download(pdf, MediaType.APPLICATION_PDF, slug + "-plan-on-a-page.pdf");
    }

    @GetMapping("/p/{partnership}/plans/{plan}/on-a-page.xlsx")
    ResponseEntity<byte[]> onAPageExcel(@PathVariable("partnership") String slug, @PathVariable("plan") long planId) {
        var partnership = pages.partnership(slug);
        var plan = pages.plan(partnership, planId);
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
                slug + "-plan-on-a-page.xlsx");
    }

    @GetMapping("/p/{partnership}/plans/{plan}/history")
    String history(@PathVariable("partnership") String slug, @PathVariable("plan") long planId, Model model) {
        var plan = pages.plan(pages.partnership(slug), planId);
        model.addAttribute("recordName", plan.getTitle());
        model.addAttribute("backHref", "/p/" + slug + "/plans/" + planId);
        model.addAttribute("events", audit.historyOf("StrategicPlan", planId));
        return "audit/history";
    }

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

}

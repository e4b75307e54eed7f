package org.safeguardinghub.risks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.exports.Printer;
import org.safeguardinghub.exports.Spreadsheet;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.safeguardinghub.plans.Priority;
import org.safeguardinghub.plans.StrategicPlans;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk register, a risk's page with its rating history and actions, the heat map, the scales and the exports. */
@Controller
class RiskController {

    private static final List<String> FIELDS = List.of("groupId", "title", "cause", "consequence", "priorityId",
            "ownerPersonId", "controls", "inherentLikelihood", "inherentImpact", "currentLikelihood", "currentImpact",
            "targetLikelihood", "targetImpact", "targetReason", "appetite", "reviewOn", "ratingReason");
    private static final String STALE = "Someone else changed this risk while you were editing it. Your changes have "
            + "not been saved: check the risk's page, then try again";

    private final Partnerships partnerships;
    private final RiskRegister register;
    private final PartnershipStructure structure;
    private final People people;
    private final StrategicPlans plans;
    private final AuditTrail audit;
    private final Printer printer;

    RiskController(Partnerships partnerships, RiskRegister register, PartnershipStructure structure, People people,
            StrategicPlans plans, AuditTrail audit, Printer printer) {
        this.partnerships = partnerships;
        this.register = register;
        this.structure = structure;
        this.people = people;
        this.plans = plans;
        this.audit = audit;
        this.printer = printer;
    }

    @InitBinder("riskForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("groupId", "title", "cause", "consequence", "priorityId", "ownerPersonId", "controls",
                "inherentLikelihood", "inherentImpact", "currentLikelihood", "currentImpact", "targetLikelihood",
                "targetImpact", "targetReason", "appetite", "reviewOn.*", "ratingReason", "version");
    }

    private Partnership partnership(String slug) {
        return partnerships.bySlug(slug).orElseThrow(RiskController::notFound);
    }

    private Risk risk(CurrentUser user, Partnership partnership, long riskId) {
        return register.find(user, partnership.getId(), riskId).orElseThrow(RiskController::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping("/p/{partnership}/risks")
    String registerPage(@PathVariable("partnership") String slug, @RequestParam(name = "group", required = false) Long groupId,
            CurrentUser user, Model model) {
        var partnership = partnership(slug);
        var groups = structure.visibleGroups(user, partnership.getId());
        var chosen = groups.stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
        var rows = register.register(user, partnership.getId(), chosen == null ? null : chosen.getId());
        model.addAttribute("rows", rows);
        model.addAttribute("registerOf", chosen);
        model.addAttribute("groupItems", Choices.withPrompt("Every register", groups, Group::getId, Group::getName,
                chosen == null ? null : chosen.getId()));
        model.addAttribute("today", register.today());
        model.addAttribute("overdue", rows.stream().filter(r -> r.risk().isReviewOverdue(register.today())).count());
        model.addAttribute("query", chosen == null ? "" : "?group=" + chosen.getId());
        return "risks/register";
    }

    @GetMapping("/p/{partnership}/risks/heat-map")
    String heatMap(@PathVariable("partnership") String slug, @RequestParam(name = "group", required = false) Long groupId,
            CurrentUser user, Model model) {
        var partnership = partnership(slug);
        var chosen = structure.visibleGroups(user, partnership.getId()).stream().filter(g -> g.getId().equals(groupId))
                .findFirst().orElse(null);
        var rows = register.register(user, partnership.getId(), chosen == null ? null : chosen.getId());
        model.addAttribute("grid", register.heatMap(rows));
        model.addAttribute("scales", register.scales(partnership.getId()));
        model.addAttribute("registerOf", chosen);
        model.addAttribute("rows", rows.stream().filter(r -> r.risk().getClosedOn() == null).toList());
        return "risks/heat-map";
    }

    @GetMapping("/p/{partnership}/risks/new")
    String newRisk(@PathVariable("partnership") String slug, @RequestParam(name = "group", required = false) Long groupId,
            CurrentUser user, Model model) {
        var partnership = partnership(slug);
        var form = new RiskForm();
        form.setGroupId(groupId);
        form.setReviewOn(DateInput.of(register.today().plusMonths(3)));
        return form(model, user, partnership, null, form, null);
    }

    @PostMapping("/p/{partnership}/risks/new")
    String add(@PathVariable("partnership") String slug, @ModelAttribute("riskForm") RiskForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        form.validate(result, true);
        if (!result.hasErrors()) {
            try {
                var risk = register.add(partnership.getId(), form.getGroupId(), form.toDetails(), user.username());
                redirect.addFlashAttribute("success", "Risk " + risk.getReference() + " has been added to the register");
                return "redirect:/p/" + slug + "/risks/" + risk.getId();
            } catch (Refused refused) {
                reject(result, refused);
            }
        }
        return form(model, user, partnership, null, form, result);
    }

    @GetMapping("/p/{partnership}/risks/{risk}/edit")
    String edit(@PathVariable("partnership") String slug, @PathVariable("risk") long riskId, CurrentUser user, Model model) {
        var partnership = partnership(slug);
        var risk = risk(user, partnership, riskId);
        return form(model, user, partnership, risk, RiskForm.of(risk), null);
    }

    @PostMapping("/p/{partnership}/risks/{risk}/edit")
    String change(@PathVariable("partnership") String slug, @PathVariable("risk") long riskId,
            @ModelAttribute("riskForm") RiskForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        var partnership = partnership(slug);
        var risk = risk(user, partnership, riskId);
        form.validate(result, false);
        if (!result.hasErrors()) {
            try {
                register.change(user, partnership.getId(), riskId, form.getVersion(), form.toDetails(), form.getRatingReason());
                redirect.addFlashAttribute("success", "Risk " + risk.getReference() + " has been updated");
                return "redirect:/p/" + slug + "/risks/" + riskId;
            } catch (Refused refused) {
                reject(result, refused);
            } catch (ObjectOptimisticLockingFailureException stale) {
                result.reject("stale", STALE);
                form.setVersion(register.find(user, partnership.getId(), riskId).orElseThrow().getVersion());
            }
        }
        return form(model, user, partnership, risk, form, result);
    }

    private String form(Model model, CurrentUser user, Partnership partnership, Risk risk, RiskForm form,
            BindingResult result) {
        var scales = register.scales(partnership.getId());
        model.addAttribute("risk", risk);
        model.addAttribute("form", form);
        model.addAttribute("groupItems", Choices.withPrompt("Choose a register",
                structure.visibleGroups(user, partnership.getId()), Group::getId, Group::getName, form.getGroupId()));
        model.addAttribute("priorityItems", Choices.withPrompt("No particular priority",
                plans.allPriorities(partnership.getId()), Priority::getId, Priority::getName, form.getPriorityId()));
        model.addAttribute("personItems", Choices.withPrompt("No named owner", people.allIn(partnership.getId()),
                Person::getId, Person::getFullName, form.getOwnerPersonId()));
        model.addAttribute("appetiteItems", Choices.of(List.of(Appetite.values()), Appetite::name, Appetite::label,
                form.getAppetite() == null ? null : form.getAppetite().name()));
        var scores = List.of(1, 2, 3, 4, 5);
        var items = new HashMap<String, Object>();
        for (var field : List.of("inherent", "current", "target")) {
            Integer l = field.equals("inherent") ? form.getInherentLikelihood() : field.equals("current")
                    ? form.getCurrentLikelihood() : form.getTargetLikelihood();
            Integer i = field.equals("inherent") ? form.getInherentImpact() : field.equals("current")
                    ? form.getCurrentImpact() : form.getTargetImpact();
            items.put(field + "Likelihood", Choices.withPrompt("Choose", scores, s -> s, s -> s + " " + scales.likelihood(s), l));
            items.put(field + "Impact", Choices.withPrompt("Choose", scores, s -> s, s -> s + " " + scales.impact(s), i));
        }
        model.addAttribute("scoreItems", items);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, FIELDS, Set.of("reviewOn")));
        }
        return "risks/risk-form";
    }

    @GetMapping("/p/{partnership}/risks/{risk}")
    String show(@PathVariable("partnership") String slug, @PathVariable("risk") long riskId, CurrentUser user, Model model) {
        var partnership = partnership(slug);
        var risk = risk(user, partnership, riskId);
        model.addAttribute("row", register.row(user, risk));
        model.addAttribute("ratings", register.history(riskId));
        model.addAttribute("actions", register.actionsOf(partnership.getId(), riskId));
        model.addAttribute("scales", register.scales(partnership.getId()));
        model.addAttribute("today", register.today());
        model.addAttribute("board", register.board(partnership.getId()).orElse(null));
        model.addAttribute("personItems", Choices.withPrompt("Choose an owner", people.allIn(partnership.getId()),
                Person::getId, Person::getFullName, null));
        if (!model.containsAttribute("actionDueOn")) {
            model.addAttribute("actionDueOn", new DateInput());
        }
        return "risks/risk";
    }

    @PostMapping("/p/{partnership}/risks/{risk}/escalate")
    String escalate(@PathVariable("partnership") String slug, @PathVariable("risk") long riskId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String escalationReason,
            CurrentUser user, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        risk(user, partnership, riskId);
        try {
            register.escalate(user, partnership.getId(), riskId, version, escalationReason);
            redirect.addFlashAttribute("success", "The risk has been escalated to the board's register");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", STALE);
        }
        return "redirect:/p/" + slug + "/risks/" + riskId;
    }

    @PostMapping("/p/{partnership}/risks/{risk}/actions")
    String raiseAction(@PathVariable("partnership") String slug, @PathVariable("risk") long riskId,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) Long ownerPersonId,
            @RequestParam(name = "dueOn.day", defaultValue = "") String day,
            @RequestParam(name = "dueOn.month", defaultValue = "") String month,
            @RequestParam(name = "dueOn.year", defaultValue = "") String year, CurrentUser user, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        var dueOn = new DateInput();
        dueOn.setDay(day);
        dueOn.setMonth(month);
        dueOn.setYear(year);
        risk(user, partnership, riskId);
        var problem = dueOn.problem("the due date");
        if (problem.isPresent()) {
            redirect.addFlashAttribute("refusal", problem.get());
            return "redirect:/p/" + slug + "/risks/" + riskId + "#mitigating-actions";
        }
        try {
            var action = register.raiseAction(user, partnership.getId(), riskId, description, ownerPersonId,
                    dueOn.toDate().orElse(null));
            redirect.addFlashAttribute("success", "Action " + action.getId() + " has been raised on the tracker");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + slug + "/risks/" + riskId + "#mitigating-actions";
    }

    @GetMapping("/p/{partnership}/risks/{risk}/history")
    String history(@PathVariable("partnership") String slug, @PathVariable("risk") long riskId, CurrentUser user,
            Model model) {
        var risk = risk(user, partnership(slug), riskId);
        model.addAttribute("recordName", risk.getReference() + ": " + risk.getTitle());
        model.addAttribute("backHref", "/p/" + slug + "/risks/" + riskId);
        model.addAttribute("events", audit.historyOf("Risk", riskId));
        return "audit/history";
    }

    @GetMapping("/p/{partnership}/risks/scales")
    String scalesForm(@PathVariable("partnership") String slug, Model model) {
        var scales = register.scales(partnership(slug).getId());
        model.addAttribute("likelihood", scales.likelihood());
        model.addAttribute("impact", scales.impact());
        return "risks/scales";
    }

    @PostMapping("/p/{partnership}/risks/scales")
    String changeScales(@PathVariable("partnership") String slug, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        var partnership = partnership(slug);
        var likelihood = new ArrayList<String>();
        var impact = new ArrayList<String>();
        var result = new MapBindingResult(new HashMap<>(), "scales");
        for (var i = 1; i <= 5; i++) {
            likelihood.add(values.getOrDefault("likelihood" + i, ""));
            impact.add(values.getOrDefault("impact" + i, ""));
            if (likelihood.getLast().isBlank()) {
                result.rejectValue("likelihood" + i, "required", "Enter a word for likelihood " + i);
            }
            if (impact.getLast().isBlank()) {
                result.rejectValue("impact" + i, "required", "Enter a word for impact " + i);
            }
        }
        if (!result.hasErrors()) {
            register.changeScales(partnership.getId(), likelihood, impact);
            redirect.addFlashAttribute("success", "The scales have been saved");
            return "redirect:/p/" + slug + "/risks/heat-map";
        }
        model.addAttribute("likelihood", likelihood);
        model.addAttribute("impact", impact);
        var order = new ArrayList<String>();
        for (var i = 1; i <= 5; i++) {
            order.add("likelihood" + i);
        }
        for (var i = 1; i <= 5; i++) {
            order.add("impact" + i);
        }
        model.addAttribute("errors", FormErrors.of(result, order, Set.of()));
        return "risks/scales";
    }

    @GetMapping("/p/{partnership}/risks/export.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable("partnership") String slug, CurrentUser user) {
        var partnership = partnership(slug);
        var today = register.today();
        var rows = new ArrayList<List<Object>>();
        for (var r : register.register(user, partnership.getId(), null)) {
            var risk = r.risk();
            rows.add(List.of(risk.getReference(), r.groupName(), risk.getTitle(), nz(risk.getCause()), nz(risk.getConsequence()),
                    nz(r.priorityName()), r.ownerName(), nz(risk.getControls()),
                    risk.getInherent().likelihood(), risk.getInherent().impact(), risk.getInherent().score(),
                    risk.getCurrent().likelihood(), risk.getCurrent().impact(), risk.getCurrent().score(),
                    risk.getTarget().likelihood(), risk.getTarget().impact(), risk.getTarget().score(),
                    risk.getAppetite().label(), risk.isAboveAppetite() ? "Yes" : "No", risk.getReviewOn().toString(),
                    risk.isReviewOverdue(today) ? "Yes" : "No", r.escalatedToName() == null ? "" : "Escalated to " + r.escalatedToName()));
        }
        var bytes = new Spreadsheet().sheet("Risk register", List.of("Reference", "Register", "Risk", "Cause", "Consequence",
                "Priority", "Owner", "Controls", "Inherent likelihood", "Inherent impact", "Inherent score",
                "Current likelihood", "Current impact", "Current score", "Target likelihood", "Target impact", "Target score",
                "Appetite", "Above appetite", "Review date", "Review overdue", "Escalation"), rows).toBytes();
        return download(bytes, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                slug + "-risk-register.xlsx");
    }

    @GetMapping("/p/{partnership}/risks/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("partnership") String slug, CurrentUser user) {
        var partnership = partnership(slug);
        var pdf = printer.pdf("print/risk-register", Map.of("partnership", partnership, "today", register.today(),
                "rows", register.register(user, partnership.getId(), null)));
        return download(pdf, MediaType.APPLICATION_PDF, slug + "-risk-register.pdf");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

    private static void reject(BindingResult result, Refused refused) {
        if (refused.field() != null) {
            result.rejectValue(refused.field(), "refused", refused.getMessage());
        } else {
            result.reject("refused", refused.getMessage());
        }
    }
}

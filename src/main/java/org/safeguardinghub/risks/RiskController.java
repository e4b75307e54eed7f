package org.safeguardinghub.risks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.exports.Printer;
import org.safeguardinghub.exports.Spreadsheet;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
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

    private final RiskRegister register;
    private final PartnershipStructure structure;
    private final People people;
    private final StrategicPlans plans;
    private final AuditTrail audit;
    private final Printer printer;

    RiskController(RiskRegister register, PartnershipStructure structure, People people,
            StrategicPlans plans, AuditTrail audit, Printer printer) {
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

    private Risk risk(CurrentUser user, Partnership partnership, long riskId) {
        return register.find(user, partnership.getId(), riskId).orElseThrow(RiskController::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping("/p/{partnership}/risks")
    String registerPage(Partnership partnership, @RequestParam(name = "group", required = false) Long groupId,
            CurrentUser user, Model model) {
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
    String heatMap(Partnership partnership, @RequestParam(name = "group", required = false) Long groupId,
            CurrentUser user, Model model) {
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
    String newRisk(Partnership partnership, @RequestParam(name = "group", required = false) Long groupId,
            CurrentUser user, Model model) {
        var form = new RiskForm();
        form.setGroupId(groupId);
        form.setReviewOn(DateInput.of(register.today().plusMonths(3)));
        return form(model, user, partnership, null, form, null);
    }

    @PostMapping("/p/{partnership}/risks/new")
    String add(Partnership partnership, @ModelAttribute("riskForm") RiskForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        form.validate(result, true);
        if (!result.hasErrors()) {
            try {
                var risk = register.add(partnership.getId(), form.getGroupId(), form.toDetails(), user.username());
                redirect.addFlashAttribute("success", "Risk " + risk.getReference() + " has been added to the register");
                return "redirect:/p/" + partnership.getSlug() + "/risks/" + risk.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return form(model, user, partnership, null, form, result);
    }

    @GetMapping("/p/{partnership}/risks/{risk}/edit")
    String edit(Partnership partnership, @PathVariable("risk") long riskId, CurrentUser user, Model model) {
        var risk = risk(user, partnership, riskId);
        return form(model, user, partnership, risk, RiskForm.of(risk), null);
    }

    @PostMapping("/p/{partnership}/risks/{risk}/edit")
    String change(Partnership partnership, @PathVariable("risk") long riskId,
            @ModelAttribute("riskForm") RiskForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        var risk = risk(user, partnership, riskId);
        form.validate(result, false);
        if (!result.hasErrors()) {
            try {
                register.change(user, partnership.getId(), riskId, form.getVersion(), form.toDetails(), form.getRatingReason());
                redirect.addFlashAttribute("success", "Risk " + risk.getReference() + " has been updated");
                return "redirect:/p/" + partnership.getSlug() + "/risks/" + riskId;
            } catch (ObjectOptimisticLockingFailureException collision) {
                refused(result, StaleEdit.of(collision, "risk"), form, user, partnership, riskId);
            } catch (Refused refused) {
                refused(result, refused, form, user, partnership, riskId);
            }
        }
        return form(model, user, partnership, risk, form, result);
    }

    /** After a stale edit the form takes the saved version, so that saving again knowingly overwrites. */
    private void refused(BindingResult result, Refused refused, RiskForm form, CurrentUser user, Partnership partnership,
            long riskId) {
        FormErrors.reject(result, refused);
        if (refused instanceof StaleEdit) {
            form.setVersion(risk(user, partnership, riskId).getVersion());
        }
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
    String show(Partnership partnership, @PathVariable("risk") long riskId, CurrentUser user, Model model) {
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
    String escalate(Partnership partnership, @PathVariable("risk") long riskId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String escalationReason,
            CurrentUser user, RedirectAttributes redirect) {
        risk(user, partnership, riskId);
        try {
            register.escalate(user, partnership.getId(), riskId, version, escalationReason);
            redirect.addFlashAttribute("success", "The risk has been escalated to the board's register");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException collision) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "risk").getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/risks/" + riskId;
    }

    @PostMapping("/p/{partnership}/risks/{risk}/actions")
    String raiseAction(Partnership partnership, @PathVariable("risk") long riskId,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) Long ownerPersonId,
            @RequestParam(name = "dueOn.day", defaultValue = "") String day,
            @RequestParam(name = "dueOn.month", defaultValue = "") String month,
            @RequestParam(name = "dueOn.year", defaultValue = "") String year, CurrentUser user, RedirectAttributes redirect) {
        var dueOn = new DateInput();
        dueOn.setDay(day);
        dueOn.setMonth(month);
        dueOn.setYear(year);
        risk(user, partnership, riskId);
        var problem = dueOn.problem("the due date");
        if (problem.isPresent()) {
            redirect.addFlashAttribute("refusal", problem.get());
            return "redirect:/p/" + partnership.getSlug() + "/risks/" + riskId + "#mitigating-actions";
        }
        try {
            var action = register.raiseAction(user, partnership.getId(), riskId, description, ownerPersonId,
                    dueOn.toDate().orElse(null));
            redirect.addFlashAttribute("success", "Action " + action.getId() + " has been raised on the tracker");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/risks/" + riskId + "#mitigating-actions";
    }

    @GetMapping("/p/{partnership}/risks/{risk}/history")
    String history(Partnership partnership, @PathVariable("risk") long riskId, CurrentUser user,
            Model model) {
        var risk = risk(user, partnership, riskId);
        model.addAttribute("recordName", risk.getReference() + ": " + risk.getTitle());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/risks/" + riskId);
        model.addAttribute("events", audit.historyOf("Risk", riskId));
        return "audit/history";
    }

    @GetMapping("/p/{partnership}/risks/scales")
    String scalesForm(Partnership partnership, Model model) {
        var scales = register.scales(partnership.getId());
        model.addAttribute("likelihood", scales.likelihood());
        model.addAttribute("impact", scales.impact());
        return "risks/scales";
    }

    @PostMapping("/p/{partnership}/risks/scales")
    String changeScales(Partnership partnership, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        var form = RiskScalesForm.of(values);
        var result = new MapBindingResult(new HashMap<>(), "scales");
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                register.changeScales(partnership.getId(), form.likelihood(), form.impact());
                redirect.addFlashAttribute("success", "The scales have been saved");
                return "redirect:/p/" + partnership.getSlug() + "/risks/heat-map";
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("likelihood", form.likelihood());
        model.addAttribute("impact", form.impact());
        model.addAttribute("errors", FormErrors.of(result, RiskScalesForm.FIELDS, Set.of()));
        return "risks/scales";
    }

    @GetMapping("/p/{partnership}/risks/export.xlsx")
    ResponseEntity<byte[]> excel(Partnership partnership, CurrentUser user) {
        var bytes = RiskRegisterWorkbook.of(register.register(user, partnership.getId(), null), register.today());
        return download(bytes, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                partnership.getSlug() + "-risk-register.xlsx");
    }

    @GetMapping("/p/{partnership}/risks/export.pdf")
    ResponseEntity<byte[]> pdf(Partnership partnership, CurrentUser user) {
        var pdf = printer.pdf("print/risk-register", Map.of("partnership", partnership, "today", register.today(),
                "rows", register.register(user, partnership.getId(), null)));
        return download(pdf, MediaType.APPLICATION_PDF, partnership.getSlug() + "-risk-register.pdf");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }
}

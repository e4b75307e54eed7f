package org.safeguardinghub.learning;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.govuk.TypedText;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learning register: findings and their actions, the theme vocabulary and the recurring themes. */
@Controller
class LearningController {

    private final LearningRegister register;
    private final Briefings briefings;
    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;
    private final AuditTrail audit;

    LearningController(LearningRegister register, Briefings briefings,
            PartnershipStructure structure, People people, Organisations organisations, AuditTrail audit) {
        this.register = register;
        this.briefings = briefings;
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
    }

    @InitBinder("findingForm")
    void allowOnlyFindingFields(WebDataBinder binder) {
        binder.setAllowedFields("sourceType", "sourceReference", "sourceDate.*", "finding", "recommendation", "themeIds",
                "confidential", "groupId", "version", "keepIdentifyingDetails", "identifyingDetailsReason");
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private LearningFinding finding(CurrentUser user, Partnership partnership, long id) {
        return register.find(user, partnership.getId(), id).orElseThrow(LearningController::notFound);
    }

    @GetMapping("/p/{partnership}/learning")
    String overview(Partnership partnership, CurrentUser user, Model model) {
        model.addAttribute("findings", register.findings(user, partnership.getId()));
        model.addAttribute("briefings", briefings.all(partnership.getId()));
        return "learning/learning";
    }

    @GetMapping("/p/{partnership}/learning/themes")
    String themes(Partnership partnership, CurrentUser user, Model model) {
        var summaries = register.themeSummaries(user, partnership.getId());
        model.addAttribute("summaries", summaries);
        model.addAttribute("raised", summaries.stream().filter(s -> s.findings() > 0).toList());
        model.addAttribute("maxReviews", Math.max(1, summaries.stream().mapToInt(ThemeSummary::reviews).max().orElse(1)));
        return "learning/themes";
    }

    @GetMapping("/p/{partnership}/learning/themes/vocabulary")
    String vocabulary(Partnership partnership, Model model) {
        model.addAttribute("themes", register.themes(partnership.getId()));
        return "learning/vocabulary";
    }

    @PostMapping("/p/{partnership}/learning/themes/vocabulary")
    String addTheme(Partnership partnership, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, Model model, RedirectAttributes redirect) {
        try {
            var theme = register.addTheme(partnership.getId(), name, description);
            redirect.addFlashAttribute("success", "The theme " + theme.getName() + " has been added");
            return "redirect:/p/" + partnership.getSlug() + "/learning/themes/vocabulary";
        } catch (Refused refused) {
            model.addAttribute("themes", register.themes(partnership.getId()));
            model.addAttribute("nameError", refused.getMessage());
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            return "learning/vocabulary";
        }
    }

    @GetMapping("/p/{partnership}/learning/themes/{theme}/edit")
    String editTheme(Partnership partnership, @PathVariable("theme") long themeId, Model model) {
        var theme = register.theme(partnership.getId(), themeId).orElseThrow(LearningController::notFound);
        model.addAttribute("theme", theme);
        model.addAttribute("name", theme.getName());
        model.addAttribute("description", theme.getDescription());
        model.addAttribute("version", theme.getVersion());
        return "learning/theme-form";
    }

    @PostMapping("/p/{partnership}/learning/themes/{theme}/edit")
    String changeTheme(Partnership partnership, @PathVariable("theme") long themeId,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
        var theme = register.theme(partnership.getId(), themeId).orElseThrow(LearningController::notFound);
        try {
            register.changeTheme(partnership.getId(), themeId, version, name, description);
            redirect.addFlashAttribute("success", "The theme has been saved");
            return "redirect:/p/" + partnership.getSlug() + "/learning/themes/vocabulary";
        } catch (StaleEdit stale) {
            model.addAttribute("nameError", stale.getMessage());
            version = register.theme(partnership.getId(), themeId).orElseThrow().getVersion();
        } catch (Refused refused) {
            model.addAttribute("nameError", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException collision) {
            model.addAttribute("nameError", StaleEdit.of(collision, "theme").getMessage());
            version = register.theme(partnership.getId(), themeId).orElseThrow().getVersion();
        }
        model.addAttribute("theme", theme);
        model.addAttribute("name", name);
        model.addAttribute("description", description);
        model.addAttribute("version", version);
        return "learning/theme-form";
    }

    @GetMapping("/p/{partnership}/learning/findings/new")
    String newFinding(Partnership partnership, CurrentUser user, Model model) {
        return findingForm(model, user, partnership, null, new FindingForm(), null);
    }

    @PostMapping("/p/{partnership}/learning/findings/new")
    String recordFinding(Partnership partnership, @ModelAttribute("findingForm") FindingForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var finding = register.recordFinding(partnership.getId(), form.toDetails(), user.username());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "LearningFinding", finding.getId(), form);
                redirect.addFlashAttribute("success", "Finding " + finding.getReference() + " has been recorded");
                return "redirect:/p/" + partnership.getSlug() + "/learning/findings/" + finding.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return findingForm(model, user, partnership, null, form, result);
    }

    @GetMapping("/p/{partnership}/learning/findings/{learningFinding}/edit")
    String editFinding(Partnership partnership, @PathVariable("learningFinding") long findingId,
            CurrentUser user, Model model) {
        var finding = finding(user, partnership, findingId);
        return findingForm(model, user, partnership, finding, FindingForm.of(finding), null);
    }

    @PostMapping("/p/{partnership}/learning/findings/{learningFinding}/edit")
    String changeFinding(Partnership partnership, @PathVariable("learningFinding") long findingId,
            @ModelAttribute("findingForm") FindingForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        var finding = finding(user, partnership, findingId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                register.changeFinding(user, partnership.getId(), findingId, form.getVersion(), form.toDetails());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "LearningFinding", findingId, form);
                redirect.addFlashAttribute("success", "Finding " + finding.getReference() + " has been updated");
                return "redirect:/p/" + partnership.getSlug() + "/learning/findings/" + findingId;
            } catch (StaleEdit stale) {
                FormErrors.reject(result, stale);
                form.setVersion(register.find(user, partnership.getId(), findingId).orElseThrow().getVersion());
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            } catch (ObjectOptimisticLockingFailureException collision) {
                FormErrors.reject(result, StaleEdit.of(collision, "finding"));
                form.setVersion(register.find(user, partnership.getId(), findingId).orElseThrow().getVersion());
            }
        }
        return findingForm(model, user, partnership, finding, form, result);
    }

    private String findingForm(Model model, CurrentUser user, Partnership partnership, LearningFinding finding,
            FindingForm form, BindingResult result) {
        model.addAttribute("finding", finding);
        model.addAttribute("form", form);
        model.addAttribute("sourceItems", Choices.of(List.of(LearningSource.values()), LearningSource::name,
                LearningSource::label, form.getSourceType() == null ? null : form.getSourceType().name()));
        var chosen = new HashSet<>(form.getThemeIds() == null ? List.<Long>of() : form.getThemeIds());
        var themeItems = Choices.of(register.themes(partnership.getId()), LearningTheme::getId, LearningTheme::getName, null);
        themeItems.forEach(i -> i.put("checked", chosen.stream().anyMatch(id -> String.valueOf(id).equals(i.get("value")))));
        model.addAttribute("themeItems", themeItems);
        model.addAttribute("groupItems", Choices.withPrompt("No particular group",
                structure.visibleGroups(user, partnership.getId()), Group::getId, Group::getName, form.getGroupId()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, FindingForm.FIELDS, Set.of("sourceDate")));
        }
        return "learning/finding-form";
    }

    @GetMapping("/p/{partnership}/learning/findings/{learningFinding}")
    String finding(Partnership partnership, @PathVariable("learningFinding") long findingId,
            CurrentUser user, Model model) {
        var finding = finding(user, partnership, findingId);
        model.addAttribute("row", register.row(finding));
        model.addAttribute("groupName", finding.getGroupId() == null ? null
                : structure.group(partnership.getId(), finding.getGroupId()).map(Group::getName).orElse(null));
        model.addAttribute("personItems", Choices.withPrompt("Choose an owner", people.allIn(partnership.getId()),
                Person::getId, Person::getFullName, null));
        model.addAttribute("organisationItems", Choices.withPrompt("No owning organisation",
                organisations.in(partnership.getId()).stream().filter(o -> !o.hasLeft()).toList(),
                o -> o.organisation().getId(), o -> o.organisation().getName(), null));
        model.addAttribute("actionDueOn", new DateInput());
        return "learning/finding";
    }

    @PostMapping("/p/{partnership}/learning/findings/{learningFinding}/actions")
    String raiseAction(Partnership partnership, @PathVariable("learningFinding") long findingId,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) Long ownerPersonId,
            @RequestParam(required = false) Long ownerOrganisationId,
            @RequestParam(name = "dueOn.day", defaultValue = "") String day,
            @RequestParam(name = "dueOn.month", defaultValue = "") String month,
            @RequestParam(name = "dueOn.year", defaultValue = "") String year, CurrentUser user, HttpServletRequest http,
            RedirectAttributes redirect) {
        finding(user, partnership, findingId);
        var dueOn = new DateInput();
        dueOn.setDay(day);
        dueOn.setMonth(month);
        dueOn.setYear(year);
        var back = "redirect:/p/" + partnership.getSlug() + "/learning/findings/" + findingId + "#actions";
        var problem = dueOn.problem("the due date");
        if (problem.isPresent()) {
            redirect.addFlashAttribute("refusal", problem.get());
            return back;
        }
        var typed = TypedText.from(http, "description");
        if (typed.sentBack("action-form", redirect)) {
            return back;
        }
        try {
            var action = register.raiseAction(user, partnership.getId(), findingId, description,
                    ownerPersonId == null ? Set.of() : Set.of(ownerPersonId),
                    ownerOrganisationId == null ? Set.of() : Set.of(ownerOrganisationId), false, dueOn.toDate().orElse(null));
            audit.recordIdentifyingDetailsKept(partnership.getId(), "Action", action.getId(), typed);
            redirect.addFlashAttribute("success", "Action " + action.getId() + " has been raised on the tracker");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return back;
    }

    @GetMapping("/p/{partnership}/learning/findings/{learningFinding}/history")
    String history(Partnership partnership, @PathVariable("learningFinding") long findingId,
            CurrentUser user, Model model) {
        var finding = finding(user, partnership, findingId);
        model.addAttribute("recordName", "Finding " + finding.getReference());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/learning/findings/" + findingId);
        model.addAttribute("events", audit.historyOf("LearningFinding", findingId));
        return "audit/history";
    }
}

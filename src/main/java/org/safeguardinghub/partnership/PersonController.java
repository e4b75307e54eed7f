package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.govuk.Pagination;
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
import org.springframework.web.util.UriUtils;

@Controller
class PersonController {

    private static final List<String> FIELDS = List.of("givenName", "familyName", "email", "jobTitle");
    private static final int PAGE_SIZE = 50;

    private final Partnerships partnerships;
    private final People people;
    private final PartnershipStructure structure;
    private final AuditTrail audit;

    PersonController(Partnerships partnerships, People people, PartnershipStructure structure, AuditTrail audit) {
        this.partnerships = partnerships;
        this.people = people;
        this.structure = structure;
        this.audit = audit;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("givenName", "familyName", "email", "jobTitle", "version");
    }

    private Person person(Partnership partnership, long id) {
        return people.find(partnership.getId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/people")
    String list(Partnership partnership, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String search, Model model) {
        var found = people.in(partnership.getId(), search, page, PAGE_SIZE);
        model.addAttribute("people", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("search", search);
        var base = "/p/" + partnership.getSlug() + "/people" + (search == null || search.isBlank() ? ""
                : "?search=" + UriUtils.encodeQueryParam(search, java.nio.charset.StandardCharsets.UTF_8));
        model.addAttribute("pagination", new Pagination(Math.max(1, page), Math.max(1, found.getTotalPages()), base));
        return "partnership/people";
    }

    @GetMapping("/p/{partnership}/people/{person}")
    String show(Partnership partnership, @PathVariable("person") long id, CurrentUser user,
            Model model) {
        var person = person(partnership, id);
        showKeeper(model, partnership, person);
        var memberships = structure.membershipsOfPerson(user, partnership.getId(), id);
        model.addAttribute("current", memberships.stream().filter(Member::isCurrent).toList());
        model.addAttribute("past", memberships.stream().filter(m -> !m.isCurrent()).toList());
        return "partnership/person";
    }

    @GetMapping("/p/{partnership}/people/new")
    String newForm(Partnership partnership, Model model) {
        return form(model, new PersonForm(), null);
    }

    @PostMapping("/p/{partnership}/people/new")
    String create(Partnership partnership, @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, result);
        }
        try {
            var person = people.add(partnership.getId(), form.getGivenName(), form.getFamilyName(), form.getEmail(),
                    form.getJobTitle());
            redirect.addFlashAttribute("success", person.isKeptBy(partnership.getId())
                    ? person.getFullName() + " has been added"
                    : person.getFullName() + " was already in the Hub and has been added to this partnership. "
                            + partnerships.keeperSentence(person.getOwnerPartnershipId()));
            return "redirect:/p/" + partnership.getSlug() + "/people/" + person.getId();
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
            return form(model, form, result);
        }
    }

    @GetMapping("/p/{partnership}/people/{person}/edit")
    String editForm(Partnership partnership, @PathVariable("person") long id, Model model) {
        var person = person(partnership, id);
        showKeeper(model, partnership, person);
        return form(model, PersonForm.of(person), null);
    }

    @PostMapping("/p/{partnership}/people/{person}/edit")
    String update(Partnership partnership, @PathVariable("person") long id,
            @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var person = person(partnership, id);
        showKeeper(model, partnership, person);
        if (result.hasErrors()) {
            return form(model, form, result);
        }
        try {
            people.update(partnership.getId(), id, form.getVersion(), form.getGivenName(), form.getFamilyName(),
                    form.getEmail(), form.getJobTitle());
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
            return form(model, form, result);
        } catch (KeptByAnotherPartnership kept) {
            // The page offers this partnership no fields to change, so the refusal is for the whole form.
            result.reject("kept", partnerships.keeperSentence(person.getOwnerPartnershipId()));
            return form(model, PersonForm.of(person), result);
        } catch (StaleEdit | ObjectOptimisticLockingFailureException stale) {
            FormErrors.reject(result, new StaleEdit("person"));
            var latest = person(partnership, id);
            model.addAttribute("latest", latest);
            form.setVersion(latest.getVersion());
            return form(model, form, result);
        }
        redirect.addFlashAttribute("success", "Your changes have been saved");
        return "redirect:/p/" + partnership.getSlug() + "/people/" + id;
    }

    @GetMapping("/p/{partnership}/people/{person}/history")
    String history(Partnership partnership, @PathVariable("person") long id, Model model) {
        var person = person(partnership, id);
        model.addAttribute("recordName", person.getFullName());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/people/" + id);
        model.addAttribute("events", audit.historyOf("Person", id));
        return "audit/history";
    }

    private void showKeeper(Model model, Partnership partnership, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("keeps", person.isKeptBy(partnership.getId()));
        model.addAttribute("keeper", partnerships.keeperSentence(person.getOwnerPartnershipId()));
    }

    private String form(Model model, PersonForm form, BindingResult result) {
        model.addAttribute("form", form);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, FIELDS, Set.of()));
        }
        return "partnership/person-form";
    }
}

package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
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
import org.springframework.web.util.HtmlUtils;

/**
 * The system administrators' view of organisations and people, whichever partnership keeps them:
 * they correct the shared facts that a keeping partnership cannot, or that no partnership keeps.
 */
@Controller
class SharedRecordsController {

    private final Organisations organisations;
    private final People people;
    private final Partnerships partnerships;

    SharedRecordsController(Organisations organisations, People people, Partnerships partnerships) {
        this.organisations = organisations;
        this.people = people;
        this.partnerships = partnerships;
    }

    @InitBinder("organisationForm")
    void allowOnlyOrganisationFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "type", "website", "version");
    }

    @InitBinder("personForm")
    void allowOnlyPersonFields(WebDataBinder binder) {
        binder.setAllowedFields("givenName", "familyName", "email", "jobTitle", "version");
    }

    @GetMapping("/admin/shared-records")
    String list(@RequestParam(required = false) String email, Model model) {
        var counts = organisations.partnershipCounts();
        model.addAttribute("rows", organisations.all().stream().map(o -> List.of(
                Map.of("html", "<a class=\"govuk-link\" href=\"/admin/organisations/" + o.getId() + "\">"
                        + HtmlUtils.htmlEscape(o.getName()) + "</a>"),
                Map.of("text", keeperName(o.getOwnerPartnershipId())),
                Map.of("text", String.valueOf(counts.getOrDefault(o.getId(), 0L)), "format", "numeric"))).toList());
        model.addAttribute("email", email);
        if (email != null && !email.isBlank()) {
            model.addAttribute("found", people.findAnywhereByEmail(email).orElse(null));
        }
        return "partnership/shared-records";
    }

    @GetMapping("/admin/organisations/{organisation}")
    String organisation(@PathVariable("organisation") long id, Model model) {
        var organisation = organisations.findAnywhere(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var form = new OrganisationForm();
        form.setName(organisation.getName());
        form.setType(organisation.getType());
        form.setWebsite(organisation.getWebsite());
        form.setVersion(organisation.getVersion());
        return organisationPage(model, organisation, form, null);
    }

    @PostMapping("/admin/organisations/{organisation}")
    String correctOrganisation(@PathVariable("organisation") long id, CurrentUser user,
            @Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var organisation = organisations.findAnywhere(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (result.hasErrors()) {
            return organisationPage(model, organisation, form, result);
        }
        try {
            organisations.correct(SharedRecordEditor.systemAdministrator(user), id, form.getVersion(), form.getName(),
                    form.getType(), form.getWebsite());
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
            return organisationPage(model, organisation, form, result);
        } catch (StaleEdit | ObjectOptimisticLockingFailureException stale) {
            FormErrors.reject(result, new StaleEdit("organisation"));
            return organisationPage(model, organisation, form, result);
        }
        redirect.addFlashAttribute("success", "Your changes have been saved for every partnership it serves");
        return "redirect:/admin/organisations/" + id;
    }

    @GetMapping("/admin/people/{person}")
    String person(@PathVariable("person") long id, Model model) {
        var person = people.findAnywhere(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return personPage(model, person, PersonForm.of(person), null);
    }

    @PostMapping("/admin/people/{person}")
    String correctPerson(@PathVariable("person") long id, CurrentUser user,
            @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var person = people.findAnywhere(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (result.hasErrors()) {
            return personPage(model, person, form, result);
        }
        try {
            people.correct(SharedRecordEditor.systemAdministrator(user), id, form.getVersion(), form.getGivenName(),
                    form.getFamilyName(), form.getEmail(), form.getJobTitle());
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
            return personPage(model, person, form, result);
        } catch (StaleEdit | ObjectOptimisticLockingFailureException stale) {
            FormErrors.reject(result, new StaleEdit("person"));
            return personPage(model, person, form, result);
        }
        redirect.addFlashAttribute("success", "Your changes have been saved for every partnership that knows them");
        return "redirect:/admin/people/" + id;
    }

    private String organisationPage(Model model, Organisation organisation, OrganisationForm form, BindingResult result) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("keeper", keeperName(organisation.getOwnerPartnershipId()));
        model.addAttribute("serves", partnershipNames(organisations.partnershipsOf(organisation.getId())));
        model.addAttribute("types", Choices.of(Arrays.asList(OrganisationType.values()), Enum::name, OrganisationType::label,
                form.getType()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, List.of("name", "type", "website"), Set.of()));
        }
        return "partnership/shared-organisation";
    }

    private String personPage(Model model, Person person, PersonForm form, BindingResult result) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("keeper", keeperName(person.getOwnerPartnershipId()));
        model.addAttribute("serves", partnershipNames(people.partnershipsOf(person.getId())));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, List.of("givenName", "familyName", "email", "jobTitle"), Set.of()));
        }
        return "partnership/shared-person";
    }

    private String keeperName(Long partnershipId) {
        return partnershipId == null ? "System administrators"
                : partnerships.withIds(List.of(partnershipId)).stream().findFirst().map(Partnership::getName).orElse("System administrators");
    }

    private String partnershipNames(List<Long> ids) {
        var names = partnerships.withIds(ids).stream().map(Partnership::getName).toList();
        return names.isEmpty() ? "None" : String.join(", ", names);
    }
}

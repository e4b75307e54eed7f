package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.govuk.Pagination;
import org.springframework.dao.DataIntegrityViolationException;
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

@Controller
class OrganisationController {

    private static final List<String> FIELDS = List.of("name", "type", "website", "joinedOn", "leftOn", "safeguardingLead");
    private static final int PAGE_SIZE = 50;

    private final Partnerships partnerships;
    private final Organisations organisations;
    private final PartnershipStructure structure;
    private final People people;
    private final AuditTrail audit;

    OrganisationController(Partnerships partnerships, Organisations organisations, PartnershipStructure structure,
            People people, AuditTrail audit) {
        this.people = people;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.structure = structure;
        this.audit = audit;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "type", "website", "joinedOn.*", "leftOn.*", "safeguardingLead", "version", "participationVersion");
    }

    private OrganisationInPartnership organisation(Partnership partnership, long id) {
        return organisations.find(partnership.getId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/organisations")
    String list(Partnership partnership, @RequestParam(defaultValue = "1") int page, Model model) {
        var all = organisations.in(partnership.getId());
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("organisations", all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE)));
        model.addAttribute("total", all.size());
        model.addAttribute("pagination", new Pagination(current, pages, "/p/" + partnership.getSlug() + "/organisations"));
        return "partnership/organisations";
    }

    @GetMapping("/p/{partnership}/organisations/{organisation}")
    String show(Partnership partnership, @PathVariable("organisation") long id, CurrentUser user,
            Model model) {
        var organisation = organisation(partnership, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("memberships", structure.membershipsOfOrganisation(user, partnership.getId(), id));
        model.addAttribute("partnershipCount", organisations.partnershipCount(id));
        model.addAttribute("keeps", organisation.organisation().isKeptBy(partnership.getId()));
        model.addAttribute("keeper", partnerships.keeperSentence(organisation.organisation().getOwnerPartnershipId()));
        model.addAttribute("safeguardingLead", organisations.safeguardingLeads(partnership.getId()).get(id));
        return "partnership/organisation";
    }

    @GetMapping("/p/{partnership}/organisations/new")
    String newForm(Partnership partnership, Model model) {
        var form = new OrganisationForm();
        form.setJoinedOn(org.safeguardinghub.govuk.DateInput.of(java.time.LocalDate.now()));
        return form(model, form, null);
    }

    @PostMapping("/p/{partnership}/organisations/new")
    String create(Partnership partnership, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.validateDates(result);
        if (result.hasErrors()) {
            return form(model, form, result);
        }
        try {
            var added = organisations.add(partnership.getId(), form.getName(), form.getType(), form.getWebsite(),
                    form.getJoinedOn().toDate().orElseThrow());
            redirect.addFlashAttribute("success", added.alreadyKnown()
                    ? added.organisation().getName() + " already serves another partnership in the Hub and has been added to this one"
                    : added.organisation().getName() + " has been added");
            return "redirect:/p/" + partnership.getSlug() + "/organisations/" + added.organisation().getId();
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
            return form(model, form, result);
        }
    }

    @GetMapping("/p/{partnership}/organisations/{organisation}/edit")
    String editForm(Partnership partnership, @PathVariable("organisation") long id, Model model) {
        var organisation = organisation(partnership, id);
        showKeeper(model, partnership, organisation);
        model.addAttribute("leadItems", leadItems(partnership.getId(), organisation.participation().getSafeguardingLeadId()));
        return form(model, OrganisationForm.of(organisation), null);
    }

    @PostMapping("/p/{partnership}/organisations/{organisation}/edit")
    String update(Partnership partnership, @PathVariable("organisation") long id,
            @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var organisation = organisation(partnership, id);
        showKeeper(model, partnership, organisation);
        model.addAttribute("leadItems", leadItems(partnership.getId(), form.getSafeguardingLead()));
        form.validateDates(result);
        if (result.hasErrors()) {
            return form(model, form, result);
        }
        try {
            organisations.update(partnership.getId(), id, form.getVersion(), form.getParticipationVersion(),
                    form.getName(), form.getType(),
                    form.getWebsite(), form.getJoinedOn().toDate().orElseThrow(), form.getLeftOn().toDate().orElse(null),
                    form.getSafeguardingLead());
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
            return form(model, form, result);
        } catch (KeptByAnotherPartnership kept) {
            // The page offers no field for these facts, so the refusal is for the whole form.
            result.reject("kept", partnerships.keeperSentence(organisation.organisation().getOwnerPartnershipId()));
            return form(model, OrganisationForm.keepingSharedFacts(form, organisation), result);
        } catch (StaleEdit | ObjectOptimisticLockingFailureException stale) {
            FormErrors.reject(result, new StaleEdit("organisation"));
            var latest = organisation(partnership, id);
            model.addAttribute("latest", latest);
            form.setVersion(latest.organisation().getVersion());
            form.setParticipationVersion(latest.participation().getVersion());
            return form(model, form, result);
        } catch (DataIntegrityViolationException conflict) {
            result.reject("conflict", "This change conflicts with another record. Check the details and try again");
            return form(model, form, result);
        }
        redirect.addFlashAttribute("success", "Your changes have been saved");
        return "redirect:/p/" + partnership.getSlug() + "/organisations/" + id;
    }

    @GetMapping("/p/{partnership}/organisations/{organisation}/history")
    String history(Partnership partnership, @PathVariable("organisation") long id, Model model) {
        var organisation = organisation(partnership, id);
        model.addAttribute("recordName", organisation.organisation().getName());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/organisations/" + id);
        model.addAttribute("events", audit.historyOf("Organisation", id));
        return "audit/history";
    }

    private void showKeeper(Model model, Partnership partnership, OrganisationInPartnership organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("keeps", organisation.organisation().isKeptBy(partnership.getId()));
        model.addAttribute("keeper", partnerships.keeperSentence(organisation.organisation().getOwnerPartnershipId()));
    }

    private List<java.util.Map<String, Object>> leadItems(long partnershipId, Long chosen) {
        return Choices.withPrompt("No safeguarding lead recorded", people.allIn(partnershipId), Person::getId,
                p -> p.getFullName() + (p.getJobTitle() == null ? "" : ", " + p.getJobTitle()), chosen);
    }

    private String form(Model model, OrganisationForm form, BindingResult result) {
        model.addAttribute("form", form);
        model.addAttribute("websiteHint", "Needed to add an organisation that already serves another partnership in the Hub, "
                + "for example https://www.westmercia.police.uk");
        model.addAttribute("types", Choices.of(Arrays.asList(OrganisationType.values()), Enum::name, OrganisationType::label,
                form.getType()));
        if (result != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", result);
            model.addAttribute("errors", FormErrors.of(result, FIELDS, Set.of("joinedOn", "leftOn")));
        }
        return "partnership/organisation-form";
    }
}

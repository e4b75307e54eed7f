package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding people to groups and changing their seats (role, organisation, deputy, dates). */
@Controller
class MembershipController {

    private static final List<String> FIELDS = List.of("personId", "role", "organisationId", "deputyId", "startsOn", "endsOn");

    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;
    private final AuditTrail audit;

    MembershipController(PartnershipStructure structure, People people,
            Organisations organisations, AuditTrail audit) {
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("personId", "organisationId", "role", "deputyId", "startsOn.*", "endsOn.*", "version");
    }

    private Group group(Partnership partnership, long id, CurrentUser user) {
        return structure.groupFor(user, partnership.getId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Member membership(Partnership partnership, long id) {
        return structure.membership(partnership.getId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/groups/{group}/members/new")
    String newForm(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            Model model) {
        var group = group(partnership, groupId, user);
        var form = new MembershipForm();
        form.setRole(MembershipRole.MEMBER);
        form.setStartsOn(DateInput.of(java.time.LocalDate.now()));
        return form(model, partnership, group, null, form, null);
    }

    @PostMapping("/p/{partnership}/groups/{group}/members/new")
    String create(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            @Valid @ModelAttribute("form") MembershipForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var group = group(partnership, groupId, user);
        form.validate(result, true);
        if (result.hasErrors()) {
            return form(model, partnership, group, null, form, result);
        }
        try {
            structure.addMembership(partnership.getId(), groupId, form.getPersonId(), form.getOrganisationId(),
                    form.getRole(), form.getDeputyId(), form.getStartsOn().toDate().orElseThrow(),
                    form.getEndsOn().toDate().orElse(null));
            redirect.addFlashAttribute("success", "The member has been added");
            return "redirect:/p/" + partnership.getSlug() + "/groups/" + groupId;
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
        } catch (IllegalArgumentException invalid) {
            result.reject("invalid", invalid.getMessage());
        } catch (DataIntegrityViolationException overlap) {
            result.rejectValue("startsOn", "overlap", "This person already holds this role in this group for some of these dates");
        }
        return form(model, partnership, group, null, form, result);
    }

    @GetMapping("/p/{partnership}/memberships/{membership}/edit")
    String editForm(Partnership partnership, @PathVariable("membership") long id, CurrentUser user,
            Model model) {
        var member = membership(partnership, id);
        var group = group(partnership, member.membership().getGroupId(), user);
        return form(model, partnership, group, member, MembershipForm.of(member.membership()), null);
    }

    @PostMapping("/p/{partnership}/memberships/{membership}/edit")
    String update(Partnership partnership, @PathVariable("membership") long id, CurrentUser user,
            @Valid @ModelAttribute("form") MembershipForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var member = membership(partnership, id);
        var group = group(partnership, member.membership().getGroupId(), user);
        form.setPersonId(member.membership().getPersonId());
        form.validate(result, false);
        if (result.hasErrors()) {
            return form(model, partnership, group, member, form, result);
        }
        try {
            structure.updateMembership(partnership.getId(), id, form.getVersion(), form.getOrganisationId(),
                    form.getRole(), form.getDeputyId(), form.getStartsOn().toDate().orElseThrow(),
                    form.getEndsOn().toDate().orElse(null));
            redirect.addFlashAttribute("success", "Your changes have been saved");
            return "redirect:/p/" + partnership.getSlug() + "/groups/" + group.getId();
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
        } catch (IllegalArgumentException invalid) {
            result.reject("invalid", invalid.getMessage());
        } catch (StaleEdit | ObjectOptimisticLockingFailureException stale) {
            FormErrors.reject(result, new StaleEdit("membership"));
            form.setVersion(membership(partnership, id).membership().getVersion());
        } catch (DataIntegrityViolationException overlap) {
            result.rejectValue("startsOn", "overlap", "This person already holds this role in this group for some of these dates");
        }
        return form(model, partnership, group, member, form, result);
    }

    @GetMapping("/p/{partnership}/memberships/{membership}/history")
    String history(Partnership partnership, @PathVariable("membership") long id, CurrentUser user,
            Model model) {
        var member = membership(partnership, id);
        group(partnership, member.membership().getGroupId(), user);
        model.addAttribute("recordName", member.person().getFullName() + " on " + member.group().getName());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/groups/" + member.group().getId());
        model.addAttribute("events", audit.historyOf("Membership", id));
        return "audit/history";
    }

    private String form(Model model, Partnership partnership, Group group, Member editing, MembershipForm form,
            BindingResult result) {
        var everyone = people.allIn(partnership.getId());
        var current = organisations.in(partnership.getId()).stream().filter(o -> !o.hasLeft()).map(OrganisationInPartnership::organisation).toList();
        model.addAttribute("form", form);
        model.addAttribute("group", group);
        model.addAttribute("member", editing);
        model.addAttribute("peopleItems", Choices.withPrompt("Select a person", everyone, Person::getId,
                p -> p.getFullName() + (p.getJobTitle() == null ? "" : ", " + p.getJobTitle()), form.getPersonId()));
        model.addAttribute("deputyItems", Choices.withPrompt("No named deputy", everyone, Person::getId, Person::getFullName,
                form.getDeputyId()));
        model.addAttribute("organisationItems", Choices.withPrompt("Does not represent an organisation", current,
                Organisation::getId, Organisation::getName, form.getOrganisationId()));
        model.addAttribute("roleItems", Choices.of(Arrays.asList(MembershipRole.values()), Enum::name, MembershipRole::label,
                form.getRole()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, FIELDS, Set.of("startsOn", "endsOn")));
        }
        return "partnership/membership-form";
    }
}

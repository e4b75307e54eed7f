package org.safeguardinghub.accounts;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.http.HttpStatus;
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

/** System administrators create accounts, give and take away roles, and unlock accounts. */
@Controller
class AccountAdministrationController {

    private final Accounts accounts;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final TwoFactorSignIn twoFactor;

    AccountAdministrationController(Accounts accounts, Partnerships partnerships, Organisations organisations,
            TwoFactorSignIn twoFactor) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "email", "password", "systemAdministrator");
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        var all = accounts.all();
        model.addAttribute("accounts", all);
        model.addAttribute("locked", all.stream().filter(accounts::isLocked).map(UserAccount::getId).collect(Collectors.toSet()));
        return "accounts/list";
    }

    @GetMapping("/admin/accounts/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm());
        return "accounts/new";
    }

    @PostMapping("/admin/accounts/new")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getPassword() != null) {
            PasswordRules.check(form.getPassword()).ifPresent(p -> result.rejectValue("password", "weak", p));
        }
        if (!result.hasErrors()) {
            try {
                var account = accounts.create(form.getUsername(), form.getEmail(), form.getDisplayName(),
                        form.getPassword(), form.isSystemAdministrator(), null);
                redirect.addFlashAttribute("success", "The account for " + account.getDisplayName() + " has been created");
                return "redirect:/admin/accounts/" + account.getId();
            } catch (AccountRejected rejected) {
                result.rejectValue(rejected.field(), "rejected", rejected.getMessage());
            }
        }
        model.addAttribute("errors", FormErrors.of(result,
                List.of("username", "displayName", "email", "password", "systemAdministrator"), Set.of()));
        return "accounts/new";
    }

    @GetMapping("/admin/accounts/{account}")
    String show(@PathVariable("account") long id, Model model) {
        var account = accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<Long, Partnership> byId = partnerships.all().stream().collect(Collectors.toMap(Partnership::getId, Function.identity()));
        model.addAttribute("account", account);
        model.addAttribute("isLocked", accounts.isLocked(account));
        model.addAttribute("twoFactorSetUp", twoFactor.isSetUp(id));
        model.addAttribute("roles", accounts.rolesOf(id));
        model.addAttribute("partnershipsById", byId);
        model.addAttribute("partnershipItems", Choices.withPrompt("Select a partnership", partnerships.all(),
                Partnership::getId, Partnership::getName, null));
        model.addAttribute("roleItems", Choices.of(Arrays.asList(Role.values()), Enum::name, Role::label, null));
        var organisationChoices = partnerships.all().stream()
                .flatMap(p -> organisations.in(p.getId()).stream().map(o -> o.organisation()))
                .distinct().sorted(java.util.Comparator.comparing(o -> o.getName().toLowerCase())).toList();
        model.addAttribute("organisationItems", Choices.withPrompt("Not an agency representative", organisationChoices,
                o -> o.getId(), o -> o.getName(), null));
        return "accounts/show";
    }

    @PostMapping("/admin/accounts/{account}/roles")
    String grant(@PathVariable("account") long id, @RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Long organisationId,
            RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String problem = null;
        if (partnershipId == null || partnerships.withIds(Set.of(partnershipId)).isEmpty()) {
            problem = "Select a partnership";
        } else if (role == null) {
            problem = "Select a role";
        } else if (role == Role.AGENCY_REPRESENTATIVE && organisationId == null) {
            problem = "Select the organisation an agency representative acts for";
        } else if (role != Role.AGENCY_REPRESENTATIVE && organisationId != null) {
            problem = "Only agency representatives act for an organisation";
        } else if (organisationId != null && organisations.find(partnershipId, organisationId).isEmpty()) {
            problem = "Select an organisation that takes part in that partnership";
        }
        if (problem == null) {
            try {
                accounts.grant(id, partnershipId, role, organisationId);
                redirect.addFlashAttribute("success", "The role has been given");
            } catch (AccountRejected rejected) {
                problem = rejected.getMessage();
            }
        }
        if (problem != null) {
            redirect.addFlashAttribute("roleProblem", problem);
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{account}/roles/{role}/remove")
    String revoke(@PathVariable("account") long id, @PathVariable("role") long roleId, RedirectAttributes redirect) {
        accounts.revoke(id, roleId);
        redirect.addFlashAttribute("success", "The role has been taken away");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{account}/unlock")
    String unlock(@PathVariable("account") long id, RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accounts.unlock(id);
        redirect.addFlashAttribute("success", "The account has been unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{account}/two-factor/reset")
    String resetTwoFactor(@PathVariable("account") long id, org.safeguardinghub.access.CurrentUser user,
            RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (twoFactor.resetByAdministrator(id, user.username())) {
            redirect.addFlashAttribute("success", "Two-factor sign-in has been reset. They will set it up again when they next sign in");
        }
        return "redirect:/admin/accounts/" + id;
    }
}

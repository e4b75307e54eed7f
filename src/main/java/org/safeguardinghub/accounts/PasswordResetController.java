package org.safeguardinghub.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.govuk.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Forgotten password: ask for a link by email, then choose a new password with it. */
@Controller
class PasswordResetController {

    /** Kept out of the template: Thymeleaf refuses the word "new" followed by a space in fragment parameters. */
    private static final String CHOOSE_HEADING = "Choose a new password";

    private final Accounts accounts;

    PasswordResetController(Accounts accounts) {
        this.accounts = accounts;
    }

    static class RequestForm {
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    static class NewPasswordForm {
        @NotBlank(message = "Enter a new password")
        private String password;
        private String confirmation;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        model.addAttribute("form", new RequestForm());
        return "accounts/password-reset-request";
    }

    @PostMapping("/password-reset")
    String request(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, List.of("email"), Set.of()));
            return "accounts/password-reset-request";
        }
        accounts.requestPasswordReset(form.getEmail());
        return "accounts/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String chooseForm(@PathVariable String token, Model model) {
        if (!accounts.isResetTokenUsable(token)) {
            return "accounts/password-reset-expired";
        }
        model.addAttribute("form", new NewPasswordForm());
        model.addAttribute("token", token);
        model.addAttribute("heading", CHOOSE_HEADING);
        return "accounts/password-reset-choose";
    }

    @PostMapping("/password-reset/{token}")
    String choose(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result,
            Model model) {
        if (!accounts.isResetTokenUsable(token)) {
            return "accounts/password-reset-expired";
        }
        if (!result.hasFieldErrors("password")) {
            PasswordRules.check(form.getPassword()).ifPresent(p -> result.rejectValue("password", "weak", p));
        }
        if (!result.hasFieldErrors("password") && !form.getPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "mismatch", "The passwords do not match");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, List.of("password", "confirmation"), Set.of()));
            model.addAttribute("token", token);
            model.addAttribute("heading", CHOOSE_HEADING);
            return "accounts/password-reset-choose";
        }
        accounts.resetPassword(token, form.getPassword());
        return "redirect:/sign-in?reset";
    }
}

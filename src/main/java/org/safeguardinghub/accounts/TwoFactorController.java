package org.safeguardinghub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.govuk.FormErrors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up two-factor sign-in, giving the second factor after the password, and managing it. */
@Controller
class TwoFactorController {

    /** The secret being set up lives in the session, not the form, so no one can choose it for someone else. */
    private static final String SECRET_BEING_SET_UP = TwoFactorController.class.getName() + ".secret";

    private final TwoFactorSignIn twoFactor;
    private final SecondFactor secondFactor;

    TwoFactorController(TwoFactorSignIn twoFactor, SecondFactor secondFactor) {
        this.twoFactor = twoFactor;
        this.secondFactor = secondFactor;
    }

    public static class CodeForm {
        private String code;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    @GetMapping("/two-factor")
    String codeForm(CurrentUser user, Model model) {
        if (!pending()) {
            return "redirect:/";
        }
        if (!twoFactor.isSetUp(user.accountId())) {
            return "redirect:/two-factor/set-up";
        }
        model.addAttribute("form", new CodeForm());
        return "accounts/two-factor-code";
    }

    @PostMapping("/two-factor")
    String giveCode(CurrentUser user, @ModelAttribute("form") CodeForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!pending() || !twoFactor.isSetUp(user.accountId())) {
            return "redirect:/two-factor";
        }
        if (AuthenticatorCodes.normalise(form.getCode()).isEmpty()) {
            result.rejectValue("code", "empty", "Enter the 6-digit code from your authenticator app");
        } else {
            switch (twoFactor.check(user.accountId(), form.getCode())) {
                case ACCEPTED -> {
                    return "redirect:" + secondFactor.complete(request, response);
                }
                case LOCKED -> {
                    secondFactor.abandon(request);
                    return "accounts/two-factor-locked";
                }
                case ALREADY_USED -> result.rejectValue("code", "used",
                        "This code has been used already. Wait for your app to show the next code and enter that");
                case WRONG -> result.rejectValue("code", "wrong",
                        "The code is not right. Enter the 6 digits your authenticator app shows now");
            }
        }
        model.addAttribute("errors", FormErrors.of(result, List.of("code"), Set.of()));
        form.setCode(null);
        return "accounts/two-factor-code";
    }

    @GetMapping("/two-factor/recovery")
    String recoveryForm(CurrentUser user, Model model) {
        if (!pending()) {
            return "redirect:/";
        }
        model.addAttribute("form", new CodeForm());
        return "accounts/two-factor-recovery";
    }

    @PostMapping("/two-factor/recovery")
    String giveRecoveryCode(CurrentUser user, @ModelAttribute("form") CodeForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!pending() || !twoFactor.isSetUp(user.accountId())) {
            return "redirect:/two-factor";
        }
        if (form.getCode() == null || form.getCode().isBlank()) {
            result.rejectValue("code", "empty", "Enter one of your recovery codes");
        } else {
            switch (twoFactor.checkRecoveryCode(user.accountId(), form.getCode())) {
                case ACCEPTED -> {
                    var next = secondFactor.complete(request, response);
                    long left = twoFactor.unusedRecoveryCodes(user.accountId());
                    redirect.addFlashAttribute("success", left <= 3
                            ? "You have " + left + " recovery codes left. Create new ones from Two-factor sign-in"
                            : "You signed in with a recovery code. It cannot be used again");
                    return "redirect:" + next;
                }
                case LOCKED -> {
                    secondFactor.abandon(request);
                    return "accounts/two-factor-locked";
                }
                case WRONG, ALREADY_USED -> result.rejectValue("code", "wrong",
                        "The recovery code is not right, or has been used. Each code works once");
            }
        }
        model.addAttribute("errors", FormErrors.of(result, List.of("code"), Set.of()));
        form.setCode(null);
        return "accounts/two-factor-recovery";
    }

    @GetMapping("/two-factor/set-up")
    String setUpForm(CurrentUser user, HttpSession session, Model model) {
        if (twoFactor.isSetUp(user.accountId())) {
            return pending() ? "redirect:/two-factor" : "redirect:/account/two-factor";
        }
        var secret = session.getAttribute(SECRET_BEING_SET_UP) instanceof String s ? s : twoFactor.newSecret();
        session.setAttribute(SECRET_BEING_SET_UP, secret);
        model.addAttribute("form", new CodeForm());
        return setUpPage(user, secret, model);
    }

    @PostMapping("/two-factor/set-up")
    String setUp(CurrentUser user, @ModelAttribute("form") CodeForm form, BindingResult result, Model model,
            HttpSession session, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!(session.getAttribute(SECRET_BEING_SET_UP) instanceof String secret)) {
            return "redirect:/two-factor/set-up";
        }
        try {
            var codes = twoFactor.setUp(user.accountId(), secret, form.getCode());
            session.removeAttribute(SECRET_BEING_SET_UP);
            redirect.addFlashAttribute("recoveryCodes", codes);
            redirect.addFlashAttribute("continueTo", pending() ? secondFactor.complete(request, response) : "/account/two-factor");
            return "redirect:/two-factor/recovery-codes";
        } catch (AccountRejected rejected) {
            result.rejectValue("code", "rejected", rejected.getMessage());
            model.addAttribute("errors", FormErrors.of(result, List.of("code"), Set.of()));
            form.setCode(null);
            return setUpPage(user, secret, model);
        }
    }

    private String setUpPage(CurrentUser user, String secret, Model model) {
        model.addAttribute("qrCode", twoFactor.qrCode(secret, user.username()));
        model.addAttribute("secret", TwoFactorSignIn.grouped(secret));
        model.addAttribute("required", twoFactor.isRequired(user));
        model.addAttribute("signingIn", pending());
        return "accounts/two-factor-set-up";
    }

    /** Shown once, straight after the codes are made: only their hashes are kept. */
    @GetMapping("/two-factor/recovery-codes")
    String recoveryCodes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:/account/two-factor";
        }
        if (!model.containsAttribute("continueTo")) {
            model.addAttribute("continueTo", "/account/two-factor");
        }
        return "accounts/two-factor-recovery-codes";
    }

    @GetMapping("/account/two-factor")
    String account(CurrentUser user, Model model) {
        boolean setUp = twoFactor.isSetUp(user.accountId());
        model.addAttribute("setUp", setUp);
        model.addAttribute("required", twoFactor.isRequired(user));
        model.addAttribute("unusedRecoveryCodes", setUp ? twoFactor.unusedRecoveryCodes(user.accountId()) : 0);
        return "accounts/two-factor-account";
    }

    @PostMapping("/account/two-factor/recovery-codes")
    String replaceRecoveryCodes(CurrentUser user, RedirectAttributes redirect) {
        if (!twoFactor.isSetUp(user.accountId())) {
            return "redirect:/account/two-factor";
        }
        redirect.addFlashAttribute("recoveryCodes", twoFactor.replaceRecoveryCodes(user.accountId()));
        redirect.addFlashAttribute("continueTo", "/account/two-factor");
        return "redirect:/two-factor/recovery-codes";
    }

    @PostMapping("/account/two-factor/turn-off")
    String turnOff(CurrentUser user, RedirectAttributes redirect) {
        try {
            twoFactor.turnOff(user);
            redirect.addFlashAttribute("success", "Two-factor sign-in is turned off");
        } catch (AccountRejected rejected) {
            redirect.addFlashAttribute("refusal", rejected.getMessage());
        }
        return "redirect:/account/two-factor";
    }

    private static boolean pending() {
        return SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication());
    }
}

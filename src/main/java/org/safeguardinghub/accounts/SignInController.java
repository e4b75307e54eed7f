package org.safeguardinghub.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> singleSignOn;
    private final SecuritySettings settings;

    SignInController(ObjectProvider<ClientRegistrationRepository> singleSignOn, SecuritySettings settings) {
        this.singleSignOn = singleSignOn;
        this.settings = settings;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "sso-error", required = false) String ssoError,
            @RequestParam(name = "reset", required = false) String reset, Model model) {
        // One message for a wrong password, an unknown name and a locked account, so that it does not tell which accounts exist.
        if (error != null) {
            model.addAttribute("problem", "Enter a correct username and password. After %d wrong attempts, sign-in is paused for %d minutes: wait, or reset your password"
                    .formatted(settings.maxFailedAttempts(), settings.lockout().toMinutes()));
        } else if (ssoError != null) {
            model.addAttribute("problem", "Your organisation account is not linked to a Hub account. Ask your business unit to add you");
        }
        if (signedOut != null) {
            model.addAttribute("success", "You have signed out");
        }
        if (reset != null) {
            model.addAttribute("success", "Your password has been changed. Sign in with your new password");
        }
        model.addAttribute("singleSignOn", singleSignOn.getIfAvailable() != null);
        return "accounts/sign-in";
    }
}

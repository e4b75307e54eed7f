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

    SignInController(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "sso-error", required = false) String ssoError,
            @RequestParam(name = "reset", required = false) String reset, Model model) {
        if (error != null) {
            model.addAttribute("problem", "Enter a correct username and password");
        } else if (locked != null) {
            model.addAttribute("problem", "Your account is locked after too many failed attempts. Try again in 15 minutes or reset your password");
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

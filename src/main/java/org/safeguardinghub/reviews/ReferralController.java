package org.safeguardinghub.reviews;

import static org.safeguardinghub.reviews.CaseReviewController.ageBands;
import static org.safeguardinghub.reviews.CaseReviewController.attempt;

import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.rules.Refused;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring a case that may meet the criteria for a review, and the business unit's triage of it. */
@Controller
class ReferralController {

    private static final List<String> REFERRAL_FIELDS = List.of("caseReference", "pseudonym", "ageBand", "whatHappened",
            "agenciesInvolved", "suggestedRoute", "whyCriteria");

    private final CaseReferrals referrals;
    private final IncidentNotifications notifications;
    private final CaseReviewAccess access;
    private final AuditTrail audit;

    ReferralController(CaseReferrals referrals, IncidentNotifications notifications, CaseReviewAccess access,
            AuditTrail audit) {
        this.referrals = referrals;
        this.notifications = notifications;
        this.access = access;
        this.audit = audit;
    }

    private static String[] withConfirmation(List<String> fields) {
        return java.util.stream.Stream.concat(fields.stream(), ChecksIdentifyingDetails.CONFIRMATION_FIELDS.stream())
                .toArray(String[]::new);
    }

    @InitBinder("referralForm")
    void referralFields(WebDataBinder binder) {
        binder.setAllowedFields(withConfirmation(REFERRAL_FIELDS));
    }

    @GetMapping("/p/{partnership}/case-reviews/refer")
    String referForm(Partnership partnership, Model model) {
        return referForm(model, new ReferralForm(), null);
    }

    @PostMapping("/p/{partnership}/case-reviews/refer")
    String refer(Partnership partnership, @ModelAttribute("referralForm") ReferralForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var referral = referrals.refer(partnership.getId(), form.child(), form.getWhatHappened(),
                        form.getAgenciesInvolved(), form.getWhyCriteria(), form.getSuggestedRoute(), user.username());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "CaseReferral", referral.getId(), form);
                redirect.addFlashAttribute("success", "Your referral " + referral.getReference()
                        + " has been sent to the business unit, who will triage it");
                return "redirect:/p/" + partnership.getSlug() + (access.mayRead(user, partnership.getId()) ? "/case-reviews" : "");
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return referForm(model, form, result);
    }

    private String referForm(Model model, ReferralForm form, BindingResult result) {
        model.addAttribute("form", form);
        model.addAttribute("ageBandItems", ageBands(form.getAgeBand()));
        model.addAttribute("routeItems", Choices.of(List.of(SuggestedRoute.values()), SuggestedRoute::name, SuggestedRoute::label,
                form.getSuggestedRoute() == null ? null : form.getSuggestedRoute().name()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, REFERRAL_FIELDS, Set.of()));
        }
        return "reviews/refer";
    }

    @GetMapping("/p/{partnership}/case-reviews/referrals/{referral}")
    String referral(Partnership partnership, @PathVariable("referral") long referralId, Model model) {
        var referral = referrals.find(partnership.getId(), referralId).orElseThrow(CaseReviewController::notFound);
        audit.recordView(partnership.getId(), "CaseReferral", referralId, "Referral " + referral.getReference());
        model.addAttribute("referral", referral);
        model.addAttribute("notification", notifications.ofReferral(referralId).orElse(null));
        model.addAttribute("outcomeItems", Choices.of(List.of(TriageOutcome.values()), TriageOutcome::name, TriageOutcome::label, null));
        return "reviews/referral";
    }

    @PostMapping("/p/{partnership}/case-reviews/referrals/{referral}/triage")
    String triage(Partnership partnership, @PathVariable("referral") long referralId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) TriageOutcome outcome,
            @RequestParam(defaultValue = "") String reasons, CurrentUser user, RedirectAttributes redirect) {
        referrals.find(partnership.getId(), referralId).orElseThrow(CaseReviewController::notFound);
        return attempt(redirect, "/p/" + partnership.getSlug() + "/case-reviews/referrals/" + referralId, "The triage has been recorded",
                () -> referrals.triage(partnership.getId(), referralId, version, outcome, reasons, user.username()));
    }
}

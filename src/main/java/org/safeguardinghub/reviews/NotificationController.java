package org.safeguardinghub.reviews;

import static org.safeguardinghub.reviews.CaseReviewController.ageBands;
import static org.safeguardinghub.reviews.CaseReviewController.attempt;
import static org.safeguardinghub.reviews.CaseReviewController.date;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.DateInput;
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

/**
 * Recording a serious incident notification (from an accepted referral or on its own), the dates the
 * national Panel, Ofsted and the partners were told, and starting the rapid review.
 */
@Controller
class NotificationController {

    private static final List<String> NOTIFICATION_FIELDS = List.of("caseReference", "pseudonym", "ageBand", "incident",
            "becameAwareOn", "panelNotifiedOn", "ofstedInformedOn", "partnersToldOn");

    private final IncidentNotifications notifications;
    private final CaseReferrals referrals;
    private final RapidReviews rapidReviews;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;

    NotificationController(IncidentNotifications notifications, CaseReferrals referrals, RapidReviews rapidReviews,
            StatutoryClocks clocks, AuditTrail audit) {
        this.notifications = notifications;
        this.referrals = referrals;
        this.rapidReviews = rapidReviews;
        this.clocks = clocks;
        this.audit = audit;
    }

    @InitBinder("notificationForm")
    void notificationFields(WebDataBinder binder) {
        binder.setAllowedFields("referral", "caseReference", "pseudonym", "ageBand", "incident", "becameAwareOn.*",
                "panelNotifiedOn.*", "ofstedInformedOn.*", "partnersToldOn.*", "keepIdentifyingDetails",
                "identifyingDetailsReason");
    }

    @GetMapping("/p/{partnership}/case-reviews/notifications/new")
    String notificationForm(Partnership partnership, @RequestParam(name = "referral", required = false) Long referralId,
            Model model) {
        var form = new NotificationForm();
        if (referralId != null) {
            var referral = referrals.find(partnership.getId(), referralId).orElseThrow(CaseReviewController::notFound);
            form.setReferral(referralId);
            form.setCaseReference(referral.getCaseReference());
            form.setPseudonym(referral.getPseudonym());
            form.setAgeBand(referral.getAgeBand());
        }
        return notificationForm(model, form, null);
    }

    @PostMapping("/p/{partnership}/case-reviews/notifications/new")
    String notify(Partnership partnership, @ModelAttribute("notificationForm") NotificationForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var notification = notifications.notify(partnership.getId(), form.getReferral(), form.child(), form.getIncident(),
                        form.getBecameAwareOn().toDate().orElse(null), form.dates(), user.username());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "IncidentNotification", notification.getId(), form);
                redirect.addFlashAttribute("success", "Serious incident notification " + notification.getReference() + " has been recorded");
                return "redirect:/p/" + partnership.getSlug() + "/case-reviews/notifications/" + notification.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return notificationForm(model, form, result);
    }

    private String notificationForm(Model model, NotificationForm form, BindingResult result) {
        model.addAttribute("form", form);
        model.addAttribute("ageBandItems", ageBands(form.getAgeBand()));
        model.addAttribute("notificationDays", clocks.notificationDays());
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, NOTIFICATION_FIELDS,
                    Set.of("becameAwareOn", "panelNotifiedOn", "ofstedInformedOn", "partnersToldOn")));
        }
        return "reviews/notification-form";
    }

    @GetMapping("/p/{partnership}/case-reviews/notifications/{notification}")
    String notification(Partnership partnership, @PathVariable("notification") long notificationId, Model model) {
        var notification = notifications.find(partnership.getId(), notificationId).orElseThrow(CaseReviewController::notFound);
        audit.recordView(partnership.getId(), "IncidentNotification", notificationId, "Notification " + notification.getReference());
        model.addAttribute("notification", notification);
        model.addAttribute("panelDue", clocks.deadline("Notify the national Panel", clocks.panelNotificationDue(notification)));
        model.addAttribute("rapidReview", rapidReviews.ofNotification(notificationId).orElse(null));
        model.addAttribute("panelNotifiedOn", DateInput.of(notification.getPanelNotifiedOn()));
        model.addAttribute("ofstedInformedOn", DateInput.of(notification.getOfstedInformedOn()));
        model.addAttribute("partnersToldOn", DateInput.of(notification.getPartnersToldOn()));
        model.addAttribute("rapidReviewDays", clocks.rapidReviewDays());
        return "reviews/notification";
    }

    @PostMapping("/p/{partnership}/case-reviews/notifications/{notification}/dates")
    String recordDates(Partnership partnership, @PathVariable("notification") long notificationId,
            @RequestParam(defaultValue = "0") int version, HttpServletRequest request, RedirectAttributes redirect) {
        notifications.find(partnership.getId(), notificationId).orElseThrow(CaseReviewController::notFound);
        return attempt(redirect, "/p/" + partnership.getSlug() + "/case-reviews/notifications/" + notificationId, "The dates have been recorded",
                () -> notifications.recordDates(partnership.getId(), notificationId, version, new NotificationDates(
                        date(request, "panelNotifiedOn", "the date the national Panel was notified"),
                        date(request, "ofstedInformedOn", "the date Ofsted was informed"),
                        date(request, "partnersToldOn", "the date the partners were told"))));
    }

    @PostMapping("/p/{partnership}/case-reviews/notifications/{notification}/rapid-review")
    String startRapidReview(Partnership partnership, @PathVariable("notification") long notificationId,
            RedirectAttributes redirect) {
        notifications.find(partnership.getId(), notificationId).orElseThrow(CaseReviewController::notFound);
        try {
            var review = rapidReviews.start(partnership.getId(), notificationId);
            redirect.addFlashAttribute("success", "Rapid review " + review.getReference() + " has started");
            return "redirect:/p/" + partnership.getSlug() + "/case-reviews/rapid-reviews/" + review.getId();
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/p/" + partnership.getSlug() + "/case-reviews/notifications/" + notificationId;
        }
    }
}

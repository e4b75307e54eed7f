package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.Refused;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
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

/**
 * The case reviews dashboard, the joint case review group setting, referrals and their triage, and
 * serious incident notifications. Every opening of a case review record is written to the audit trail.
 */
@Controller
class CaseReviewController {

    static final String STALE = "Someone else changed this while you were working on it. Nothing has been saved: "
            + "check the page, then try again";
    private static final List<String> REFERRAL_FIELDS = List.of("caseReference", "pseudonym", "ageBand", "whatHappened",
            "agenciesInvolved", "suggestedRoute", "whyCriteria");
    private static final List<String> NOTIFICATION_FIELDS = List.of("caseReference", "pseudonym", "ageBand", "incident",
            "becameAwareOn", "panelNotifiedOn", "ofstedInformedOn", "partnersToldOn");

    private final Partnerships partnerships;
    private final CaseReviews reviews;
    private final PartnershipStructure structure;
    private final PracticeReviews practiceReviews;
    private final AuditTrail audit;

    CaseReviewController(Partnerships partnerships, CaseReviews reviews, PracticeReviews practiceReviews,
            PartnershipStructure structure, AuditTrail audit) {
        this.partnerships = partnerships;
        this.reviews = reviews;
        this.practiceReviews = practiceReviews;
        this.structure = structure;
        this.audit = audit;
    }

    @InitBinder("referralForm")
    void referralFields(WebDataBinder binder) {
        binder.setAllowedFields(withConfirmation(REFERRAL_FIELDS));
    }

    @InitBinder("notificationForm")
    void notificationFields(WebDataBinder binder) {
        binder.setAllowedFields("referral", "caseReference", "pseudonym", "ageBand", "incident", "becameAwareOn.*",
                "panelNotifiedOn.*", "ofstedInformedOn.*", "partnersToldOn.*", "keepIdentifyingDetails",
                "identifyingDetailsReason");
    }

    static String[] withConfirmation(List<String> fields) {
        return java.util.stream.Stream.concat(fields.stream(), ChecksIdentifyingDetails.CONFIRMATION_FIELDS.stream())
                .toArray(String[]::new);
    }

    Partnership partnership(String slug) {
        return partnerships.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping("/p/{partnership}/case-reviews")
    String dashboard(@PathVariable("partnership") String slug, Model model) {
        var partnership = partnership(slug);
        var days = reviews.workingDays();
        var allReferrals = reviews.referrals(partnership.getId());
        var allPracticeReviews = practiceReviews.all(partnership.getId());
        var rows = new java.util.ArrayList<>(reviews.dashboard(partnership.getId(), slug, days, allReferrals));
        rows.addAll(practiceReviews.dashboard(slug, days, allPracticeReviews));
        rows.sort(CaseReviewRow.BY_URGENCY);
        model.addAttribute("rows", rows);
        model.addAttribute("practiceReviews", allPracticeReviews);
        model.addAttribute("reportMonths", practiceReviews.reportMonths());
        model.addAttribute("referrals", allReferrals.stream().filter(r -> r.getOutcome() != null).toList());
        model.addAttribute("reviewGroup", reviews.reviewGroup(partnership.getId()).map(Group::getName).orElse(null));
        model.addAttribute("rapidReviewDays", reviews.rapidReviewDays());
        model.addAttribute("notificationDays", reviews.notificationDays());
        audit.recordView(partnership.getId(), "CaseReviewDashboard", partnership.getId(), "Case reviews dashboard");
        return "reviews/dashboard";
    }

    @GetMapping("/p/{partnership}/case-reviews/settings")
    String settings(@PathVariable("partnership") String slug, Model model) {
        var partnership = partnership(slug);
        var setting = reviews.setting(partnership.getId());
        model.addAttribute("groupItems", Choices.withPrompt("Choose a group", structure.groups(partnership.getId()).stream()
                .filter(Group::isConfidential).toList(), Group::getId, Group::getName, setting.map(CaseReviewSetting::getReviewGroupId).orElse(null)));
        model.addAttribute("version", setting.map(CaseReviewSetting::getVersion).orElse(0));
        return "reviews/settings";
    }

    @PostMapping("/p/{partnership}/case-reviews/settings")
    String chooseGroup(@PathVariable("partnership") String slug, @RequestParam(name = "reviewGroup", required = false) Long groupId,
            @RequestParam(defaultValue = "0") int version, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        try {
            reviews.chooseReviewGroup(partnership.getId(), groupId, version);
            redirect.addFlashAttribute("success", "The joint case review group has been saved");
            return "redirect:/p/" + slug + "/case-reviews";
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", STALE);
        }
        return "redirect:/p/" + slug + "/case-reviews/settings";
    }

    // Referrals

    @GetMapping("/p/{partnership}/case-reviews/refer")
    String referForm(@PathVariable("partnership") String slug, Model model) {
        partnership(slug);
        return referForm(model, new ReferralForm(), null);
    }

    @PostMapping("/p/{partnership}/case-reviews/refer")
    String refer(@PathVariable("partnership") String slug, @ModelAttribute("referralForm") ReferralForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var referral = reviews.refer(partnership.getId(), form.child(), form.getWhatHappened(),
                        form.getAgenciesInvolved(), form.getWhyCriteria(), form.getSuggestedRoute(), user.username());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "CaseReferral", referral.getId(), form);
                redirect.addFlashAttribute("success", "Your referral " + referral.getReference()
                        + " has been sent to the business unit, who will triage it");
                return "redirect:/p/" + slug + (reviews.mayRead(user, partnership.getId()) ? "/case-reviews" : "");
            } catch (Refused refused) {
                reject(result, refused);
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

    static List<java.util.Map<String, Object>> ageBands(AgeBand selected) {
        return Choices.of(List.of(AgeBand.values()), AgeBand::name, AgeBand::label, selected == null ? null : selected.name());
    }

    @GetMapping("/p/{partnership}/case-reviews/referrals/{referral}")
    String referral(@PathVariable("partnership") String slug, @PathVariable("referral") long referralId, Model model) {
        var partnership = partnership(slug);
        var referral = reviews.referral(partnership.getId(), referralId).orElseThrow(CaseReviewController::notFound);
        audit.recordView(partnership.getId(), "CaseReferral", referralId, "Referral " + referral.getReference());
        model.addAttribute("referral", referral);
        model.addAttribute("notification", reviews.notificationOfReferral(referralId).orElse(null));
        model.addAttribute("outcomeItems", Choices.of(List.of(TriageOutcome.values()), TriageOutcome::name, TriageOutcome::label, null));
        return "reviews/referral";
    }

    @PostMapping("/p/{partnership}/case-reviews/referrals/{referral}/triage")
    String triage(@PathVariable("partnership") String slug, @PathVariable("referral") long referralId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) TriageOutcome outcome,
            @RequestParam(defaultValue = "") String reasons, CurrentUser user, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        reviews.referral(partnership.getId(), referralId).orElseThrow(CaseReviewController::notFound);
        return attempt(redirect, "/p/" + slug + "/case-reviews/referrals/" + referralId, "The triage has been recorded",
                () -> reviews.triage(partnership.getId(), referralId, version, outcome, reasons, user.username()));
    }

    // Notifications

    @GetMapping("/p/{partnership}/case-reviews/notifications/new")
    String notificationForm(@PathVariable("partnership") String slug, @RequestParam(name = "referral", required = false) Long referralId,
            Model model) {
        var partnership = partnership(slug);
        var form = new NotificationForm();
        if (referralId != null) {
            var referral = reviews.referral(partnership.getId(), referralId).orElseThrow(CaseReviewController::notFound);
            form.setReferral(referralId);
            form.setCaseReference(referral.getCaseReference());
            form.setPseudonym(referral.getPseudonym());
            form.setAgeBand(referral.getAgeBand());
        }
        return notificationForm(model, form, null);
    }

    @PostMapping("/p/{partnership}/case-reviews/notifications/new")
    String notify(@PathVariable("partnership") String slug, @ModelAttribute("notificationForm") NotificationForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var notification = reviews.notify(partnership.getId(), form.getReferral(), form.child(), form.getIncident(),
                        form.getBecameAwareOn().toDate().orElse(null), form.dates(), user.username());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "IncidentNotification", notification.getId(), form);
                redirect.addFlashAttribute("success", "Serious incident notification " + notification.getReference() + " has been recorded");
                return "redirect:/p/" + slug + "/case-reviews/notifications/" + notification.getId();
            } catch (Refused refused) {
                reject(result, refused);
            }
        }
        return notificationForm(model, form, result);
    }

    private String notificationForm(Model model, NotificationForm form, BindingResult result) {
        model.addAttribute("form", form);
        model.addAttribute("ageBandItems", ageBands(form.getAgeBand()));
        model.addAttribute("notificationDays", reviews.notificationDays());
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, NOTIFICATION_FIELDS,
                    Set.of("becameAwareOn", "panelNotifiedOn", "ofstedInformedOn", "partnersToldOn")));
        }
        return "reviews/notification-form";
    }

    @GetMapping("/p/{partnership}/case-reviews/notifications/{notification}")
    String notification(@PathVariable("partnership") String slug, @PathVariable("notification") long notificationId, Model model) {
        var partnership = partnership(slug);
        var notification = reviews.notification(partnership.getId(), notificationId).orElseThrow(CaseReviewController::notFound);
        audit.recordView(partnership.getId(), "IncidentNotification", notificationId, "Notification " + notification.getReference());
        model.addAttribute("notification", notification);
        model.addAttribute("panelDue", reviews.deadline("Notify the national Panel", reviews.panelNotificationDue(notification)));
        model.addAttribute("rapidReview", reviews.rapidReviewOf(notificationId).orElse(null));
        model.addAttribute("panelNotifiedOn", DateInput.of(notification.getPanelNotifiedOn()));
        model.addAttribute("ofstedInformedOn", DateInput.of(notification.getOfstedInformedOn()));
        model.addAttribute("partnersToldOn", DateInput.of(notification.getPartnersToldOn()));
        model.addAttribute("rapidReviewDays", reviews.rapidReviewDays());
        return "reviews/notification";
    }

    @PostMapping("/p/{partnership}/case-reviews/notifications/{notification}/dates")
    String recordDates(@PathVariable("partnership") String slug, @PathVariable("notification") long notificationId,
            @RequestParam(defaultValue = "0") int version, HttpServletRequest request, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        reviews.notification(partnership.getId(), notificationId).orElseThrow(CaseReviewController::notFound);
        return attempt(redirect, "/p/" + slug + "/case-reviews/notifications/" + notificationId, "The dates have been recorded",
                () -> reviews.recordDates(partnership.getId(), notificationId, version, new NotificationDates(
                        date(request, "panelNotifiedOn", "the date the national Panel was notified"),
                        date(request, "ofstedInformedOn", "the date Ofsted was informed"),
                        date(request, "partnersToldOn", "the date the partners were told"))));
    }

    @PostMapping("/p/{partnership}/case-reviews/notifications/{notification}/rapid-review")
    String startRapidReview(@PathVariable("partnership") String slug, @PathVariable("notification") long notificationId,
            RedirectAttributes redirect) {
        var partnership = partnership(slug);
        reviews.notification(partnership.getId(), notificationId).orElseThrow(CaseReviewController::notFound);
        try {
            var review = reviews.startRapidReview(partnership.getId(), notificationId);
            redirect.addFlashAttribute("success", "Rapid review " + review.getReference() + " has started");
            return "redirect:/p/" + slug + "/case-reviews/rapid-reviews/" + review.getId();
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/p/" + slug + "/case-reviews/notifications/" + notificationId;
        }
    }

    /** A GOV.UK date input posted as {@code name.day}, {@code name.month}, {@code name.year}: empty when blank, refused when not a real date. */
    static LocalDate date(HttpServletRequest request, String name, String what) {
        var input = new DateInput();
        input.setDay(request.getParameter(name + ".day"));
        input.setMonth(request.getParameter(name + ".month"));
        input.setYear(request.getParameter(name + ".year"));
        input.problem(what).ifPresent(problem -> {
            throw new Refused(name, problem);
        });
        return input.toDate().orElse(null);
    }

    static String attempt(RedirectAttributes redirect, String back, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            redirect.addFlashAttribute("refusalField", refused.field());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", STALE);
        }
        return "redirect:" + back;
    }

    static void reject(BindingResult result, Refused refused) {
        if (refused.field() != null) {
            result.rejectValue(refused.field(), "refused", refused.getMessage());
        } else {
            result.reject("refused", refused.getMessage());
        }
    }
}

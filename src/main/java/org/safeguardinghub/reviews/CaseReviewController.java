package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
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

    private static final List<String> REFERRAL_FIELDS = List.of("caseReference", "pseudonym", "ageBand", "whatHappened",
            "agenciesInvolved", "suggestedRoute", "whyCriteria");
    private static final List<String> NOTIFICATION_FIELDS = List.of("caseReference", "pseudonym", "ageBand", "incident",
            "becameAwareOn", "panelNotifiedOn", "ofstedInformedOn", "partnersToldOn");

    private final CaseReviewDashboard dashboard;
    private final CaseReviewAccess access;
    private final JointCaseReviewGroup reviewGroup;
    private final CaseReferrals referrals;
    private final IncidentNotifications notifications;
    private final RapidReviews rapidReviews;
    private final PracticeReviews practiceReviews;
    private final StatutoryClocks clocks;
    private final PartnershipStructure structure;
    private final AuditTrail audit;

    CaseReviewController(CaseReviewDashboard dashboard, CaseReviewAccess access, JointCaseReviewGroup reviewGroup,
            CaseReferrals referrals, IncidentNotifications notifications, RapidReviews rapidReviews,
            PracticeReviews practiceReviews, StatutoryClocks clocks, PartnershipStructure structure, AuditTrail audit) {
        this.dashboard = dashboard;
        this.access = access;
        this.reviewGroup = reviewGroup;
        this.referrals = referrals;
        this.notifications = notifications;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
        this.clocks = clocks;
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

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping("/p/{partnership}/case-reviews")
    String dashboard(Partnership partnership, Model model) {
        var allReferrals = referrals.all(partnership.getId());
        var allPracticeReviews = practiceReviews.all(partnership.getId());
        model.addAttribute("rows", dashboard.rows(partnership.getId(), partnership.getSlug(), allReferrals, allPracticeReviews));
        model.addAttribute("practiceReviews", allPracticeReviews);
        model.addAttribute("reportMonths", practiceReviews.reportMonths());
        model.addAttribute("referrals", allReferrals.stream().filter(r -> r.getOutcome() != null).toList());
        model.addAttribute("reviewGroup", reviewGroup.group(partnership.getId()).map(Group::getName).orElse(null));
        model.addAttribute("rapidReviewDays", clocks.rapidReviewDays());
        model.addAttribute("notificationDays", clocks.notificationDays());
        audit.recordView(partnership.getId(), "CaseReviewDashboard", partnership.getId(), "Case reviews dashboard");
        return "reviews/dashboard";
    }

    @GetMapping("/p/{partnership}/case-reviews/settings")
    String settings(Partnership partnership, Model model) {
        var setting = reviewGroup.setting(partnership.getId());
        model.addAttribute("groupItems", Choices.withPrompt("Choose a group", structure.groups(partnership.getId()).stream()
                .filter(Group::isConfidential).toList(), Group::getId, Group::getName, setting.map(CaseReviewSetting::getReviewGroupId).orElse(null)));
        model.addAttribute("version", setting.map(CaseReviewSetting::getVersion).orElse(0));
        return "reviews/settings";
    }

    @PostMapping("/p/{partnership}/case-reviews/settings")
    String chooseGroup(Partnership partnership, @RequestParam(name = "reviewGroup", required = false) Long groupId,
            @RequestParam(defaultValue = "0") int version, RedirectAttributes redirect) {
        try {
            reviewGroup.choose(partnership.getId(), groupId, version);
            redirect.addFlashAttribute("success", "The joint case review group has been saved");
            return "redirect:/p/" + partnership.getSlug() + "/case-reviews";
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException collision) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "setting").getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/case-reviews/settings";
    }

    // Referrals

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

    static List<java.util.Map<String, Object>> ageBands(AgeBand selected) {
        return Choices.of(List.of(AgeBand.values()), AgeBand::name, AgeBand::label, selected == null ? null : selected.name());
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

    // Notifications

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

    /** Makes a change and goes back to the page, with the success message or the refusal against its field. */
    static String attempt(RedirectAttributes redirect, String back, String success, Runnable change) {
        return attempt(redirect, back, () -> {
            change.run();
            return success;
        });
    }

    /** As above, for a change whose success message depends on what it did. */
    static String attempt(RedirectAttributes redirect, String back, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("success", change.get());
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            redirect.addFlashAttribute("refusalField", refused.field());
        } catch (ObjectOptimisticLockingFailureException collision) {
            // two saves met in the database after each passed its record's own version check
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "record").getMessage());
        }
        return "redirect:" + back;
    }
}

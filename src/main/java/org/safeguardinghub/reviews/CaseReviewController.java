package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case reviews dashboard and the joint case review group setting, and what the case review pages
 * share: a refusal shown against its field, a date input read. Every opening of a case review record
 * is written to the audit trail.
 */
@Controller
class CaseReviewController {

    private final CaseReviewDashboard dashboard;
    private final JointCaseReviewGroup reviewGroup;
    private final CaseReferrals referrals;
    private final PracticeReviews practiceReviews;
    private final StatutoryClocks clocks;
    private final PartnershipStructure structure;
    private final AuditTrail audit;

    CaseReviewController(CaseReviewDashboard dashboard, JointCaseReviewGroup reviewGroup, CaseReferrals referrals,
            PracticeReviews practiceReviews, StatutoryClocks clocks, PartnershipStructure structure, AuditTrail audit) {
        this.dashboard = dashboard;
        this.reviewGroup = reviewGroup;
        this.referrals = referrals;
        this.practiceReviews = practiceReviews;
        this.clocks = clocks;
        this.structure = structure;
        this.audit = audit;
    }

    static List<java.util.Map<String, Object>> ageBands(AgeBand selected) {
        return Choices.of(List.of(AgeBand.values()), AgeBand::name, AgeBand::label, selected == null ? null : selected.name());
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

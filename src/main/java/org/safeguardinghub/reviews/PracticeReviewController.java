package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.Refused;
import static org.safeguardinghub.reviews.CaseReviewController.attempt;
import static org.safeguardinghub.reviews.CaseReviewController.date;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.govuk.TypedText;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.learning.LearningTheme;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A local child safeguarding practice review from start to close (terms of reference, reviewer,
 * panel, family, milestones, report versions, publication), learning recorded from reviews held
 * elsewhere, and every review's findings, recommendations and their actions. Every opening is
 * written to the audit trail.
 */
@Controller
class PracticeReviewController {

    private final PracticeReviews practiceReviews;
    private final RapidReviews rapidReviews;
    private final LearningRegister learning;
    private final Organisations organisations;
    private final AuditTrail audit;

    PracticeReviewController(PracticeReviews practiceReviews, RapidReviews rapidReviews, LearningRegister learning,
            Organisations organisations, AuditTrail audit) {
        this.practiceReviews = practiceReviews;
        this.rapidReviews = rapidReviews;
        this.learning = learning;
        this.organisations = organisations;
        this.audit = audit;
    }

    @InitBinder("elsewhereForm")
    void elsewhereFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "title", "source", "reportedOn.*", "url", "summary", "keepIdentifyingDetails",
                "identifyingDetailsReason");
    }

    private PracticeReview review(long partnershipId, long id) {
        return practiceReviews.find(partnershipId, id).orElseThrow(CaseReviewController::notFound);
    }

    private static String page(Partnership partnership, long id) {
        return "/p/" + partnership.getSlug() + "/case-reviews/practice-reviews/" + id;
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/practice-review")
    String start(Partnership partnership, @PathVariable("rapidReview") long rapidReviewId,
            RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        rapidReviews.find(partnershipId, rapidReviewId).orElseThrow(CaseReviewController::notFound);
        try {
            var review = practiceReviews.startLocal(partnershipId, rapidReviewId);
            redirect.addFlashAttribute("success", "Local practice review " + review.getReference()
                    + " has started. Its report is due by " + StatutoryClocks.format(review.getReportDueOn()));
            return "redirect:" + page(partnership, review.getId());
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/p/" + partnership.getSlug() + "/case-reviews/rapid-reviews/" + rapidReviewId;
        }
    }

    // Learning from elsewhere

    @GetMapping("/p/{partnership}/case-reviews/practice-reviews/new")
    String elsewhereForm(Partnership partnership, Model model) {
        return elsewhereForm(model, new ElsewhereReviewForm(), null);
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/new")
    String recordElsewhere(Partnership partnership, @ModelAttribute("elsewhereForm") ElsewhereReviewForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var review = practiceReviews.recordFromElsewhere(partnershipId, form.getKind(), form.getTitle(), form.getSource(),
                        form.getSummary(), form.getReportedOn().toDate().orElse(null), form.getUrl());
                audit.recordIdentifyingDetailsKept(partnershipId, "PracticeReview", review.getId(), form);
                redirect.addFlashAttribute("success", review.getKind().label() + " " + review.getTitle()
                        + " has been recorded. Add its findings and recommendations below");
                return "redirect:" + page(partnership, review.getId());
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return elsewhereForm(model, form, result);
    }

    private String elsewhereForm(Model model, ElsewhereReviewForm form, BindingResult result) {
        model.addAttribute("form", form);
        model.addAttribute("kindItems", Choices.of(List.of(ReviewKind.values()).stream().filter(k -> !k.isLocal()).toList(),
                ReviewKind::name, ReviewKind::label, form.getKind() == null ? null : form.getKind().name()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, ElsewhereReviewForm.FIELDS, Set.of("reportedOn")));
        }
        return "reviews/elsewhere-form";
    }

    // The review

    @GetMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}")
    String show(Partnership partnership, @PathVariable("practiceReview") long id, CurrentUser user,
            Model model) {
        var partnershipId = partnership.getId();
        var review = review(partnershipId, id);
        audit.recordView(partnershipId, "PracticeReview", id, review.getKind().label() + " " + review.getReference());
        var reports = practiceReviews.reports(id);
        var findings = practiceReviews.findings(user, review);
        model.addAttribute("review", review);
        model.addAttribute("rapidReview", review.getRapidReviewId() == null ? null
                : rapidReviews.find(partnershipId, review.getRapidReviewId()).orElse(null));
        model.addAttribute("stage", practiceReviews.stage(review, reports.stream().anyMatch(PracticeReviewReport::isFinalReport)));
        var milestones = practiceReviews.milestones(id);
        model.addAttribute("milestones", milestones);
        model.addAttribute("openMilestoneItems", Choices.withPrompt("Choose a milestone", milestones.stream()
                .filter(m -> m.getCompletedOn() == null).toList(), PracticeReviewMilestone::getId, PracticeReviewMilestone::getName, null));
        model.addAttribute("next", practiceReviews.nextMilestone(review).orElse(null));
        model.addAttribute("reports", reports);
        model.addAttribute("findings", findings);
        model.addAttribute("openActions", findings.stream().mapToLong(f -> f.openActions()).sum());
        model.addAttribute("earliestPublication", practiceReviews.earliestPublication(review));
        model.addAttribute("noticeDays", practiceReviews.noticeDays());
        model.addAttribute("reportMonths", practiceReviews.reportMonths());
        model.addAttribute("decisionItems", Choices.of(List.of(PublicationDecision.values()), PublicationDecision::name,
                PublicationDecision::label, review.getPublicationDecision() == null ? null : review.getPublicationDecision().name()));
        model.addAttribute("themeItems", Choices.of(learning.themes(partnershipId), LearningTheme::getId, LearningTheme::getName, null));
        model.addAttribute("ownerItems", Choices.withPrompt("Choose an organisation", organisations.in(partnershipId).stream()
                .filter(o -> !o.hasLeft()).map(OrganisationInPartnership::organisation).toList(), o -> o.getId(), o -> o.getName(), null));
        return "reviews/practice-review";
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/details")
    String describe(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String termsOfReference,
            @RequestParam(defaultValue = "") String reviewer, @RequestParam(defaultValue = "") String reviewPanel,
            @RequestParam(defaultValue = "") String familyInvolvement, HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "termsOfReference", "reviewPanel", "familyInvolvement");
        if (typed.sentBack("details-form", redirect)) {
            return "redirect:" + page(partnership, id);
        }
        return attempt(redirect, page(partnership, id), "The review's terms of reference, reviewer, panel and family involvement have been saved", () -> {
            practiceReviews.describe(partnershipId, id, version, termsOfReference, reviewer, reviewPanel, familyInvolvement);
            audit.recordIdentifyingDetailsKept(partnershipId, "PracticeReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/milestones")
    String addMilestone(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "") String milestoneName, HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id) + "#milestones", "The milestone has been added",
                () -> practiceReviews.addMilestone(partnershipId, id, milestoneName, date(http, "milestoneDueOn", "the date the milestone is due")));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/milestones/{milestone}/done")
    String completeMilestone(Partnership partnership, @PathVariable("practiceReview") long id,
            @PathVariable("milestone") long milestoneId, @RequestParam(defaultValue = "0") int version,
            RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id) + "#milestones", "The milestone has been marked as done",
                () -> practiceReviews.completeMilestone(partnershipId, id, milestoneId, version, null));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/milestones/date")
    String rescheduleMilestone(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(name = "milestone", required = false) Long milestoneId, HttpServletRequest http,
            RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id) + "#milestones", "The milestone's due date has been changed",
                () -> practiceReviews.rescheduleMilestone(partnershipId, id, milestoneId,
                        date(http, "movedTo", "the date the milestone is now due")));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/reports")
    String upload(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(name = "report", required = false) MultipartFile file,
            @RequestParam(name = "finalReport", defaultValue = "false") boolean finalReport, CurrentUser user,
            RedirectAttributes redirect) throws IOException {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        UploadedDocument document = null;
        if (file != null && !file.isEmpty()) {
            try {
                document = UploadedDocument.check(file.getOriginalFilename(), file.getBytes());
            } catch (UploadedDocument.Rejected rejected) {
                redirect.addFlashAttribute("refusal", rejected.getMessage());
                redirect.addFlashAttribute("refusalField", "report");
                return "redirect:" + page(partnership, id) + "#reports";
            }
        }
        var uploaded = document;
        return attempt(redirect, page(partnership, id) + "#reports", finalReport ? "The final report has been uploaded" : "The draft report has been uploaded",
                () -> practiceReviews.uploadReport(partnershipId, id, finalReport, uploaded, user.username()));
    }

    @GetMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/reports/{report}")
    ResponseEntity<byte[]> download(Partnership partnership, @PathVariable("practiceReview") long id,
            @PathVariable("report") long reportId) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var report = practiceReviews.report(partnershipId, reportId).filter(r -> r.getPracticeReviewId() == id)
                .orElseThrow(CaseReviewController::notFound);
        audit.recordView(partnershipId, "PracticeReview", id, "Report version " + report.getNumber() + " downloaded");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.getFileName()).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, report.getContentType())
                .header("X-Content-Type-Options", "nosniff")
                .body(practiceReviews.content(report));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/publication-decision")
    String decidePublication(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) PublicationDecision publicationDecision,
            @RequestParam(defaultValue = "") String publicationReasons, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id) + "#publication", "The publication decision has been recorded",
                () -> practiceReviews.decidePublication(partnershipId, id, version, publicationDecision, publicationReasons));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/sent")
    String recordSent(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "0") int version, HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id) + "#publication", "The dates the final report was sent have been recorded",
                () -> practiceReviews.recordSent(partnershipId, id, version, date(http, "sentToPanelOn", "the date it was sent to the Panel"),
                        date(http, "sentToSecretaryOfStateOn", "the date it was sent to the Secretary of State")));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/publication")
    String publish(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String publicationUrl,
            HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id) + "#publication", "The publication has been recorded",
                () -> practiceReviews.publish(partnershipId, id, version, date(http, "publishedOn", "the date it was published"),
                        publicationUrl));
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/findings")
    String addFinding(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "") String finding, @RequestParam(defaultValue = "") String recommendation,
            @RequestParam(name = "themeIds", required = false) List<Long> themeIds, CurrentUser user,
            HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "finding", "recommendation");
        if (typed.sentBack("finding-form", redirect)) {
            return "redirect:" + page(partnership, id) + "#finding-form";
        }
        return attempt(redirect, page(partnership, id) + "#findings", "The finding has been added to the learning register", () -> {
            practiceReviews.addFinding(partnershipId, id, finding, recommendation,
                    themeIds == null ? Set.of() : new LinkedHashSet<>(themeIds), user.username());
            audit.recordIdentifyingDetailsKept(partnershipId, "PracticeReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/findings/{learningFinding}/actions")
    String raiseAction(Partnership partnership, @PathVariable("practiceReview") long id,
            @PathVariable("learningFinding") long findingId, @RequestParam(defaultValue = "") String description,
            @RequestParam(name = "organisation", required = false) Long organisationId, HttpServletRequest http,
            CurrentUser user, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.as(http, "description-" + findingId, description);
        if (typed.sentBack("action-form-" + findingId, redirect)) {
            return "redirect:" + page(partnership, id) + "#findings";
        }
        return attempt(redirect, page(partnership, id) + "#findings", "The action is on the partnership's action tracker", () -> {
            practiceReviews.raiseAction(user, partnershipId, id, findingId, description, organisationId,
                    date(http, "dueOn-" + findingId, "the date the action is due"));
            audit.recordIdentifyingDetailsKept(partnershipId, "PracticeReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/practice-reviews/{practiceReview}/close")
    String close(Partnership partnership, @PathVariable("practiceReview") long id,
            @RequestParam(defaultValue = "0") int version, CurrentUser user, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, page(partnership, id), "The review has been closed: every action for its recommendations is closed",
                () -> practiceReviews.close(partnershipId, id, version, user.username()));
    }
}

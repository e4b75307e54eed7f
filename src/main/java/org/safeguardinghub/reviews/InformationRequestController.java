package org.safeguardinghub.reviews;

import static org.safeguardinghub.reviews.CaseReviewController.attempt;
import static org.safeguardinghub.reviews.CaseReviewController.notFound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.TypedText;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rapid review's request to an agency for information: the agency's representatives read it and
 * submit their information and chronology; the business unit chases it by email.
 */
@Controller
class InformationRequestController {

    private final InformationRequests requests;
    private final RapidReviews reviews;
    private final StatutoryClocks clocks;
    private final Organisations organisations;
    private final AuditTrail audit;

    InformationRequestController(InformationRequests requests, RapidReviews reviews, StatutoryClocks clocks,
            Organisations organisations, AuditTrail audit) {
        this.requests = requests;
        this.reviews = reviews;
        this.clocks = clocks;
        this.organisations = organisations;
        this.audit = audit;
    }

    private InformationRequest informationRequest(long partnershipId, long id) {
        return requests.find(partnershipId, id).orElseThrow(CaseReviewController::notFound);
    }

    @GetMapping("/p/{partnership}/case-reviews/information-requests/{informationRequest}")
    String requestPage(Partnership partnership, @PathVariable("informationRequest") long id, Model model) {
        var partnershipId = partnership.getId();
        var request = informationRequest(partnershipId, id);
        var review = reviews.find(partnershipId, request.getRapidReviewId()).orElseThrow(CaseReviewController::notFound);
        audit.recordView(partnershipId, "InformationRequest", id, "Information request for rapid review " + review.getReference());
        model.addAttribute("request", request);
        model.addAttribute("review", review);
        model.addAttribute("child", reviews.child(review));
        model.addAttribute("agency", organisations.find(partnershipId, request.getOrganisationId())
                .map(o -> o.organisation().getName()).orElse("A former agency"));
        model.addAttribute("deadline", clocks.deadline("Information", request.getDueOn()));
        return "reviews/information-request";
    }

    @PostMapping("/p/{partnership}/case-reviews/information-requests/{informationRequest}")
    String submit(Partnership partnership, @PathVariable("informationRequest") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String involvement,
            @RequestParam(defaultValue = "") String analysis, @RequestParam(defaultValue = "") String learning,
            @RequestParam(name = "chronology", required = false) MultipartFile file, HttpServletRequest http, CurrentUser user,
            RedirectAttributes redirect) throws IOException {
        var partnershipId = partnership.getId();
        informationRequest(partnershipId, id);
        var page = "/p/" + partnership.getSlug() + "/case-reviews/information-requests/" + id;
        UploadedDocument chronology = null;
        if (file != null && !file.isEmpty()) {
            try {
                chronology = UploadedDocument.check(file.getOriginalFilename(), file.getBytes());
            } catch (UploadedDocument.Rejected rejected) {
                redirect.addFlashAttribute("refusal", rejected.getMessage());
                return "redirect:" + page;
            }
        }
        var document = chronology;
        var typed = TypedText.from(http, "involvement", "analysis", "learning");
        if (typed.sentBack("information-form", redirect)) {
            return "redirect:" + page;
        }
        return attempt(redirect, page, "Thank you. The agency's information has been submitted", () -> {
            requests.submit(partnershipId, id, version, involvement, analysis, learning, document, user.username());
            audit.recordIdentifyingDetailsKept(partnershipId, "InformationRequest", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/information-requests/{informationRequest}/chase")
    String chase(Partnership partnership, @PathVariable("informationRequest") long id,
            @RequestParam(defaultValue = "0") int version, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        var request = informationRequest(partnershipId, id);
        var back = "/p/" + partnership.getSlug() + "/case-reviews/rapid-reviews/" + request.getRapidReviewId();
        return attempt(redirect, back, () -> requests.chase(partnershipId, id, version) == 0
                ? "The chase has been recorded, but the agency has no representative with an email address in the Hub: contact them directly"
                : "The agency's representatives have been sent a reminder");
    }

    @GetMapping("/p/{partnership}/case-reviews/information-requests/{informationRequest}/chronology")
    ResponseEntity<byte[]> chronology(Partnership partnership, @PathVariable("informationRequest") long id) {
        var partnershipId = partnership.getId();
        var request = informationRequest(partnershipId, id);
        if (request.getSubmittedOn() == null) {
            throw notFound();
        }
        audit.recordView(partnershipId, "InformationRequest", id, "Chronology downloaded");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(request.getChronologyName()).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, request.getChronologyType())
                .header("X-Content-Type-Options", "nosniff")
                .body(request.chronologyContent());
    }
}

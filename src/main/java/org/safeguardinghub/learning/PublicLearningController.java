package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of learning, with no sign-in: published briefings as pages and PDFs, the links
 * agencies are emailed to confirm a briefing, and subscribing to and leaving email alerts.
 */
@Controller
class PublicLearningController {

    private final Partnerships partnerships;
    private final Briefings briefings;
    private final Subscriptions subscriptions;

    PublicLearningController(Partnerships partnerships, Briefings briefings, Subscriptions subscriptions) {
        this.partnerships = partnerships;
        this.briefings = briefings;
        this.subscriptions = subscriptions;
    }

    private static Partnership publisher(Partnership partnership, Model model) {
        model.addAttribute("publisher", partnership);
        return partnership;
    }

    @GetMapping("/public/{partnership}/briefings")
    String list(Partnership partnership, Model model) {
        publisher(partnership, model);
        model.addAttribute("briefings", briefings.published(partnership.getId()));
        return "learning/public-briefings";
    }

    @GetMapping("/public/{partnership}/briefings/{briefing}")
    String show(Partnership partnership, @PathVariable("briefing") long briefingId, Model model) {
        publisher(partnership, model);
        model.addAttribute("briefing", briefings.findPublished(partnership.getId(), briefingId)
                .orElseThrow(LearningController::notFound));
        return "learning/public-briefing";
    }

    @GetMapping("/public/{partnership}/briefings/{briefing}/briefing.pdf")
    ResponseEntity<byte[]> pdf(Partnership partnership, @PathVariable("briefing") long briefingId,
            Model model) {
        publisher(partnership, model);
        var briefing = briefings.findPublished(partnership.getId(), briefingId).orElseThrow(LearningController::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(partnership.getSlug() + "-learning-briefing-" + briefingId + ".pdf").build().toString())
                .body(briefings.pdf(partnership, briefing));
    }

    @GetMapping("/briefing-confirmations/{token}")
    String confirmation(@PathVariable("token") String token, Model model) {
        var linked = briefings.byLink(token).orElseThrow(LearningController::notFound);
        model.addAttribute("linked", linked);
        model.addAttribute("token", token);
        model.addAttribute("publisher", partnerships.withIds(java.util.List.of(linked.briefing().partnershipId())).getFirst());
        return "learning/public-confirmation";
    }

    @PostMapping("/briefing-confirmations/{token}")
    String confirm(@PathVariable("token") String token, @RequestParam(required = false) Briefings.Stage stage,
            RedirectAttributes redirect) {
        briefings.byLink(token).orElseThrow(LearningController::notFound);
        try {
            if (stage == null) {
                throw new Refused(null, "Choose what to confirm");
            }
            briefings.confirmByLink(token, stage);
            redirect.addFlashAttribute("success", stage == Briefings.Stage.RECEIVED
                    ? "Thank you: receipt has been confirmed" : "Thank you: cascade to staff has been confirmed");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/briefing-confirmations/" + token;
    }

    @GetMapping("/public/{partnership}/subscribe")
    String subscribeForm(Partnership partnership, Model model) {
        publisher(partnership, model);
        return "learning/public-subscribe";
    }

    @PostMapping("/public/{partnership}/subscribe")
    String subscribe(Partnership partnership, @RequestParam(defaultValue = "") String email, Model model) {
        publisher(partnership, model);
        try {
            subscriptions.subscribe(partnership, email);
            model.addAttribute("email", email.strip());
            return "learning/public-subscribe-sent";
        } catch (Refused refused) {
            model.addAttribute("emailError", refused.getMessage());
            model.addAttribute("email", email);
            return "learning/public-subscribe";
        }
    }

    @GetMapping("/subscriptions/confirm/{token}")
    String confirmSubscription(@PathVariable("token") String token, Model model) {
        model.addAttribute("usable", subscriptions.isConfirmable(token));
        model.addAttribute("action", "/subscriptions/confirm/" + token);
        return "learning/public-subscription-confirm";
    }

    @PostMapping("/subscriptions/confirm/{token}")
    String confirmedSubscription(@PathVariable("token") String token, Model model) {
        model.addAttribute("done", subscriptions.confirm(token) ? "confirmed" : "expired");
        return "learning/public-subscription-done";
    }

    @GetMapping("/subscriptions/leave/{token}")
    String leaveForm(@PathVariable("token") String token, Model model) {
        model.addAttribute("usable", subscriptions.isLeavable(token));
        model.addAttribute("action", "/subscriptions/leave/" + token);
        return "learning/public-unsubscribe";
    }

    @PostMapping("/subscriptions/leave/{token}")
    String leave(@PathVariable("token") String token, Model model) {
        model.addAttribute("done", subscriptions.leave(token) ? "left" : "expired");
        return "learning/public-subscription-done";
    }
}

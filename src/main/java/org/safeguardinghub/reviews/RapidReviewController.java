package org.safeguardinghub.reviews;

import static org.safeguardinghub.reviews.CaseReviewController.attempt;
import static org.safeguardinghub.reviews.CaseReviewController.date;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.TypedText;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rapid review against its clock: asking agencies for information, the joint case review group's
 * meeting, immediate safety actions, the recommendation, the independent chair's scrutiny, the
 * partners' decision and the national Panel.
 */
@Controller
class RapidReviewController {

    private final RapidReviews reviews;
    private final IncidentNotifications notifications;
    private final InformationRequests requests;
    private final JointCaseReviewGroup reviewGroup;
    private final PracticeReviews practiceReviews;
    private final StatutoryClocks clocks;
    private final Organisations organisations;
    private final AuditTrail audit;

    RapidReviewController(RapidReviews reviews, IncidentNotifications notifications, InformationRequests requests, JointCaseReviewGroup reviewGroup,
            PracticeReviews practiceReviews, StatutoryClocks clocks, Organisations organisations, AuditTrail audit) {
        this.reviews = reviews;
        this.notifications = notifications;
        this.requests = requests;
        this.reviewGroup = reviewGroup;
        this.practiceReviews = practiceReviews;
        this.clocks = clocks;
        this.organisations = organisations;
        this.audit = audit;
    }

    private RapidReview review(long partnershipId, long id) {
        return reviews.find(partnershipId, id).orElseThrow(CaseReviewController::notFound);
    }

    private static String back(Partnership partnership, long id) {
        return "/p/" + partnership.getSlug() + "/case-reviews/rapid-reviews/" + id;
    }

    @GetMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}")
    String show(Partnership partnership, @PathVariable("rapidReview") long id, Model model) {
        var partnershipId = partnership.getId();
        var review = review(partnershipId, id);
        var notification = notifications.find(partnershipId, review.getNotificationId()).orElseThrow();
        audit.recordView(partnershipId, "RapidReview", id, "Rapid review " + review.getReference());
        var names = new HashMap<Long, String>();
        var agencies = organisations.in(partnershipId).stream().filter(o -> !o.hasLeft()).map(OrganisationInPartnership::organisation).toList();
        organisations.in(partnershipId).forEach(o -> names.put(o.organisation().getId(), o.organisation().getName()));
        var asked = requests.of(id);
        var dueOn = reviews.due(review);
        model.addAttribute("review", review);
        model.addAttribute("notification", notification);
        model.addAttribute("due", review.getSentToPanelOn() == null ? clocks.deadline("Complete the rapid review", dueOn) : null);
        model.addAttribute("dueOn", dueOn);
        model.addAttribute("requests", asked.stream().map(r -> new RequestRow(r, names.getOrDefault(r.getOrganisationId(), "A former agency"),
                r.getSubmittedOn() == null ? clocks.deadline("Information", r.getDueOn()) : null)).toList());
        model.addAttribute("agencyItems", Choices.withPrompt("Choose an agency", agencies.stream()
                .filter(o -> asked.stream().noneMatch(r -> r.getOrganisationId().equals(o.getId()))).toList(),
                o -> o.getId(), o -> o.getName(), null));
        model.addAttribute("ownerItems", Choices.withPrompt("Choose an agency", agencies, o -> o.getId(), o -> o.getName(), null));
        model.addAttribute("reviewGroup", reviewGroup.group(partnershipId).orElse(null));
        model.addAttribute("meeting", reviews.meeting(partnershipId, review).orElse(null));
        model.addAttribute("meetingItems", Choices.withPrompt("Choose a meeting", reviews.reviewGroupMeetings(partnershipId),
                m -> m.getId(), m -> StatutoryClocks.format(m.getHeldOn()), review.getMeetingId()));
        model.addAttribute("safetyActions", reviews.safetyActions(partnershipId, id));
        model.addAttribute("routeItems", routes(null));
        model.addAttribute("practiceReview", practiceReviews.ofRapidReview(id).orElse(null));
        return "reviews/rapid-review";
    }

    static List<Map<String, Object>> routes(ReviewRoute chosen) {
        return Choices.of(List.of(ReviewRoute.values()), ReviewRoute::name, ReviewRoute::label, chosen == null ? null : chosen.name());
    }

    record RequestRow(InformationRequest request, String agency, ReviewDeadline deadline) {
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/requests")
    String request(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(name = "organisation", required = false) Long organisationId, HttpServletRequest http,
            RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, back(partnership, id), "The agency has been asked for information and its representatives emailed",
                () -> requests.request(partnershipId, id, organisationId, date(http, "dueOn", "the date the information is due")));
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/meeting")
    String meeting(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(name = "meeting", required = false) Long meetingId,
            RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, back(partnership, id), "The meeting has been linked to the rapid review",
                () -> reviews.linkMeeting(partnershipId, id, version, meetingId));
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/actions")
    String action(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "") String description, @RequestParam(name = "owner", required = false) Long owner,
            HttpServletRequest http, CurrentUser user, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "description");
        if (typed.sentBack("action-form", redirect)) {
            return "redirect:" + back(partnership, id);
        }
        return attempt(redirect, back(partnership, id), "The immediate safety action is on the action tracker", () -> {
            reviews.raiseSafetyAction(partnershipId, id, description, owner,
                    date(http, "actionDueOn", "the date the action is due"), user.username());
            audit.recordIdentifyingDetailsKept(partnershipId, "RapidReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/recommendation")
    String recommend(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) ReviewRoute recommendation,
            @RequestParam(defaultValue = "") String recommendationReasons, HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "recommendationReasons");
        if (typed.sentBack("recommendation-form", redirect)) {
            return "redirect:" + back(partnership, id);
        }
        return attempt(redirect, back(partnership, id), "The recommendation has been recorded", () -> {
            reviews.recommend(partnershipId, id, version, recommendation, recommendationReasons);
            audit.recordIdentifyingDetailsKept(partnershipId, "RapidReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/scrutiny")
    String scrutinise(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String scrutiny, CurrentUser user,
            HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "scrutiny");
        if (typed.sentBack("scrutiny-form", redirect)) {
            return "redirect:" + back(partnership, id);
        }
        return attempt(redirect, back(partnership, id), "The independent chair's scrutiny has been recorded", () -> {
            reviews.scrutinise(partnershipId, id, version, scrutiny, user.displayName());
            audit.recordIdentifyingDetailsKept(partnershipId, "RapidReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/decision")
    String decide(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) ReviewRoute decision,
            @RequestParam(defaultValue = "") String decisionReasons, HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "decisionReasons");
        if (typed.sentBack("decision-form", redirect)) {
            return "redirect:" + back(partnership, id);
        }
        return attempt(redirect, back(partnership, id), "The partners' decision has been recorded", () -> {
            reviews.decide(partnershipId, id, version, decision, decisionReasons);
            audit.recordIdentifyingDetailsKept(partnershipId, "RapidReview", id, typed);
        });
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/panel")
    String sendToPanel(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "0") int version, HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        return attempt(redirect, back(partnership, id), "The date the rapid review was sent to the national Panel has been recorded",
                () -> reviews.sendToPanel(partnershipId, id, version, date(http, "sentToPanelOn", "the date it was sent")));
    }

    @PostMapping("/p/{partnership}/case-reviews/rapid-reviews/{rapidReview}/panel-response")
    String panelResponse(Partnership partnership, @PathVariable("rapidReview") long id,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String panelResponse,
            HttpServletRequest http, RedirectAttributes redirect) {
        var partnershipId = partnership.getId();
        review(partnershipId, id);
        var typed = TypedText.from(http, "panelResponse");
        if (typed.sentBack("panel-response-form", redirect)) {
            return "redirect:" + back(partnership, id);
        }
        return attempt(redirect, back(partnership, id), "The national Panel's response has been recorded", () -> {
            reviews.recordPanelResponse(partnershipId, id, version, panelResponse,
                    date(http, "panelRespondedOn", "the date of the Panel's response"));
            audit.recordIdentifyingDetailsKept(partnershipId, "RapidReview", id, typed);
        });
    }
}

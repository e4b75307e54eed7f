package org.safeguardinghub.reviews;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case reviews dashboard: every open referral, notification, rapid review and practice review
 * with its next deadline, overdue first, then the nearest. It shows the child by case reference and
 * pseudonym only.
 */
@Service
@Transactional(readOnly = true)
public class CaseReviewDashboard {

    private final CaseReferrals referrals;
    private final IncidentNotificationRepository notifications;
    private final RapidReviewRepository rapidReviews;
    private final InformationRequestRepository requests;
    private final PracticeReviews practiceReviews;
    private final StatutoryClocks clocks;

    CaseReviewDashboard(CaseReferrals referrals, IncidentNotificationRepository notifications,
            RapidReviewRepository rapidReviews, InformationRequestRepository requests, PracticeReviews practiceReviews,
            StatutoryClocks clocks) {
        this.referrals = referrals;
        this.notifications = notifications;
        this.rapidReviews = rapidReviews;
        this.requests = requests;
        this.practiceReviews = practiceReviews;
        this.clocks = clocks;
    }

    public List<CaseReviewRow> rows(long partnershipId, String slug) {
        return rows(partnershipId, slug, referrals.all(partnershipId), practiceReviews.all(partnershipId));
    }

    /** As above, with the partnership's referrals and practice reviews already read for the rest of the page. */
    List<CaseReviewRow> rows(long partnershipId, String slug, List<CaseReferral> allReferrals,
            List<PracticeReview> allPracticeReviews) {
        var days = clocks.workingDays();
        var base = "/p/" + slug + "/case-reviews";
        var rows = new ArrayList<CaseReviewRow>();
        for (var referral : allReferrals) {
            if (referral.getOutcome() == null) {
                rows.add(new CaseReviewRow("Referral", referral.getReference(), base + "/referrals/" + referral.getId(),
                        referral.child().label(), "Waiting for triage", null));
            }
        }
        var reviewsByNotification = new HashMap<Long, RapidReview>();
        rapidReviews.findByPartnershipId(partnershipId).forEach(r -> reviewsByNotification.put(r.getNotificationId(), r));
        var openRequests = new HashMap<Long, List<InformationRequest>>();
        requests.findByPartnershipIdAndSubmittedOnIsNull(partnershipId)
                .forEach(r -> openRequests.computeIfAbsent(r.getRapidReviewId(), k -> new ArrayList<>()).add(r));
        for (var notification : notifications.findByPartnershipIdOrderByBecameAwareOnDescIdDesc(partnershipId)) {
            var child = notification.child().label();
            var review = reviewsByNotification.get(notification.getId());
            if (notification.getPanelNotifiedOn() == null) {
                rows.add(new CaseReviewRow("Serious incident notification", notification.getReference(),
                        base + "/notifications/" + notification.getId(), child, "National Panel not yet notified",
                        clocks.deadline(days, "Notify the national Panel", clocks.panelNotificationDue(days, notification))));
            } else if (review == null) {
                rows.add(new CaseReviewRow("Serious incident notification", notification.getReference(),
                        base + "/notifications/" + notification.getId(), child, "Notified; rapid review not started",
                        clocks.deadline(days, "Complete the rapid review",
                                clocks.rapidReviewDue(days, notification.getPanelNotifiedOn()))));
            } else if (review.isOpen()) {
                ReviewDeadline next = null;
                if (review.getSentToPanelOn() == null) {
                    next = clocks.deadline(days, "Complete the rapid review", clocks.rapidReviewDue(days, review.getStartedOn()));
                    for (var request : openRequests.getOrDefault(review.getId(), List.of())) {
                        if (request.getDueOn().isBefore(next.dueOn())) {
                            next = clocks.deadline(days, "Information from an agency", request.getDueOn());
                        }
                    }
                }
                rows.add(new CaseReviewRow("Rapid review", review.getReference(), base + "/rapid-reviews/" + review.getId(),
                        child, review.getStage(), next));
            }
        }
        rows.addAll(practiceReviews.dashboard(slug, days, allPracticeReviews));
        rows.sort(CaseReviewRow.BY_URGENCY);
        return rows;
    }
}

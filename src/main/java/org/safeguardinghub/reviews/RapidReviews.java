package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.actions.TrackedAction;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingDiary;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rapid review against its clock, from the notification to the national Panel's response: the
 * joint case review group's meeting, immediate safety actions, the recommendation, the independent
 * chair's scrutiny, the partners' decision, sending it to the Panel. Information from agencies is
 * asked for through {@link InformationRequests}.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class RapidReviews {

    private final RapidReviewRepository reviews;
    private final IncidentNotifications notifications;
    private final JointCaseReviewGroup reviewGroup;
    private final MeetingDiary meetings;
    private final ActionTracker tracker;
    private final StatutoryClocks clocks;

    RapidReviews(RapidReviewRepository reviews, IncidentNotifications notifications, JointCaseReviewGroup reviewGroup,
            MeetingDiary meetings, ActionTracker tracker, StatutoryClocks clocks) {
        this.reviews = reviews;
        this.notifications = notifications;
        this.reviewGroup = reviewGroup;
        this.meetings = meetings;
        this.tracker = tracker;
        this.clocks = clocks;
    }

    /** Starts the rapid review of a notification, its clock running from the day the Panel was notified. */
    @Transactional
    public RapidReview start(long partnershipId, long notificationId) {
        var notification = notifications.find(partnershipId, notificationId).orElseThrow();
        if (notification.getPanelNotifiedOn() == null) {
            throw new Refused(null, "Record the date the national Panel was notified first: the rapid review runs from the notification");
        }
        if (reviews.findByNotificationId(notificationId).isPresent()) {
            throw new Refused(null, "The rapid review has already started");
        }
        return reviews.saveAndFlush(new RapidReview(partnershipId, notificationId, notification.getPanelNotifiedOn()));
    }

    public Optional<RapidReview> find(long partnershipId, long id) {
        return reviews.findByIdAndPartnershipId(id, partnershipId);
    }

    Optional<RapidReview> ofNotification(long notificationId) {
        return reviews.findByNotificationId(notificationId);
    }

    /** The day the rapid review must be completed by. */
    LocalDate due(RapidReview review) {
        return clocks.rapidReviewDue(review.getStartedOn());
    }

    /** The child the review is about, by case reference and pseudonym: never to travel beyond its records. */
    ChildRecord child(RapidReview review) {
        return notifications.child(review.partnershipId(), review.getNotificationId());
    }

    // The joint case review group's meeting

    List<Meeting> reviewGroupMeetings(long partnershipId) {
        return reviewGroup.group(partnershipId).map(g -> meetings.ofGroup(g.getId())).orElse(List.of());
    }

    Optional<Meeting> meeting(long partnershipId, RapidReview review) {
        return review.getMeetingId() == null ? Optional.empty() : meetings.find(partnershipId, review.getMeetingId());
    }

    @Transactional
    public void linkMeeting(long partnershipId, long rapidReviewId, int expectedVersion, Long meetingId) {
        var group = reviewGroup.group(partnershipId).orElseThrow(() -> new Refused("meeting", JointCaseReviewGroup.CHOOSE_FIRST));
        var meeting = meetingId == null ? null : meetings.find(partnershipId, meetingId).orElse(null);
        if (meeting == null || !meeting.getGroupId().equals(group.getId())) {
            throw new Refused("meeting", "Select a meeting of the " + group.getName());
        }
        find(partnershipId, rapidReviewId).orElseThrow().linkMeeting(expectedVersion, meetingId);
        reviews.flush();
    }

    // Immediate safety actions

    /** An immediate safety action on the tracker: confidential, in the joint case review group, owned by an agency. */
    @Transactional
    public void raiseSafetyAction(long partnershipId, long rapidReviewId, String description, Long organisationId,
            LocalDate dueOn, String by) {
        var review = find(partnershipId, rapidReviewId).orElseThrow();
        var group = reviewGroup.group(partnershipId).orElseThrow(() -> new Refused("description", JointCaseReviewGroup.CHOOSE_FIRST));
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Enter the immediate safety action");
        }
        if (child(review).isNamedIn(description)) {
            throw new Refused("description", "Take out the case reference: the action is on the tracker, so it must not identify the child");
        }
        if (organisationId == null) {
            throw new Refused("owner", "Select the agency that owns the action");
        }
        try {
            tracker.raise(new RaiseAction(partnershipId, group.getId(), description.strip(), Set.of(), Set.of(organisationId),
                    false, dueOn, new ActionSource(ActionSource.Type.CASE_REVIEW, review.getId(),
                            "Rapid review " + review.getReference()), by, true));
        } catch (Refused refused) {
            throw new Refused("owner", refused.getMessage());
        }
    }

    List<TrackedAction> safetyActions(long partnershipId, long rapidReviewId) {
        return tracker.raisedFrom(partnershipId, ActionSource.Type.CASE_REVIEW, List.of(rapidReviewId));
    }

    // Recommendation, scrutiny, decision and the national Panel

    @Transactional
    public void recommend(long partnershipId, long rapidReviewId, int expectedVersion, ReviewRoute route, String reasons) {
        find(partnershipId, rapidReviewId).orElseThrow().recommend(expectedVersion, route, reasons, clocks.today());
        reviews.flush();
    }

    @Transactional
    public void scrutinise(long partnershipId, long rapidReviewId, int expectedVersion, String scrutiny, String by) {
        find(partnershipId, rapidReviewId).orElseThrow().scrutinise(expectedVersion, scrutiny, clocks.today(), by);
        reviews.flush();
    }

    @Transactional
    public void decide(long partnershipId, long rapidReviewId, int expectedVersion, ReviewRoute route, String reasons) {
        find(partnershipId, rapidReviewId).orElseThrow().decide(expectedVersion, route, reasons, clocks.today());
        reviews.flush();
    }

    @Transactional
    public void sendToPanel(long partnershipId, long rapidReviewId, int expectedVersion, LocalDate on) {
        if (on != null && on.isAfter(clocks.today())) {
            throw new Refused("sentToPanelOn", "The date the rapid review was sent must be today or in the past");
        }
        find(partnershipId, rapidReviewId).orElseThrow().sendToPanel(expectedVersion, on);
        reviews.flush();
    }

    @Transactional
    public void recordPanelResponse(long partnershipId, long rapidReviewId, int expectedVersion, String response,
            LocalDate on) {
        if (on != null && on.isAfter(clocks.today())) {
            throw new Refused("panelRespondedOn", "The date of the Panel's response must be today or in the past");
        }
        find(partnershipId, rapidReviewId).orElseThrow().recordPanelResponse(expectedVersion, response, on);
        reviews.flush();
    }
}

package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * The rapid review of a notified incident. Its steps come in order: the joint case review group
 * recommends; the independent chair scrutinises the recommendation; the partners decide (a decision
 * not to hold a local review only once the chair has scrutinised it); the rapid review is sent to
 * the national Panel; the Panel responds.
 */
@NamedInterface("api")
@Entity
public class RapidReview implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long notificationId;
    private LocalDate startedOn;
    private Long meetingId;
    @Enumerated(EnumType.STRING)
    private ReviewRoute recommendation;
    private String recommendationReasons;
    private LocalDate recommendedOn;
    private String scrutiny;
    private LocalDate scrutinisedOn;
    private String scrutinisedBy;
    @Enumerated(EnumType.STRING)
    private ReviewRoute decision;
    private String decisionReasons;
    private LocalDate decidedOn;
    private LocalDate sentToPanelOn;
    private String panelResponse;
    private LocalDate panelRespondedOn;
    @Version
    private int version;

    protected RapidReview() {
    }

    RapidReview(long partnershipId, long notificationId, LocalDate startedOn) {
        this.partnershipId = partnershipId;
        this.notificationId = notificationId;
        this.startedOn = startedOn;
    }

    private void checkVersion(int expectedVersion) {
        StaleEdit.check(version, expectedVersion, "rapid review");
    }

    void linkMeeting(int expectedVersion, long meetingId) {
        checkVersion(expectedVersion);
        this.meetingId = meetingId;
    }

    void recommend(int expectedVersion, ReviewRoute route, String reasons, LocalDate on) {
        checkVersion(expectedVersion);
        if (decision != null) {
            throw new Refused(null, "The partners have decided, so the recommendation can no longer change");
        }
        if (route == null) {
            throw new Refused("recommendation", "Select what the joint case review group recommends");
        }
        if (CaseReferral.blank(reasons)) {
            throw new Refused("recommendationReasons", "Enter the reasons for the recommendation");
        }
        checkNotBefore(on, startedOn, "recommendedOn", "The recommendation must be made on or after the day the rapid review started");
        this.recommendation = route;
        this.recommendationReasons = reasons.strip();
        this.recommendedOn = on;
    }

    void scrutinise(int expectedVersion, String text, LocalDate on, String by) {
        checkVersion(expectedVersion);
        if (recommendation == null) {
            throw new Refused(null, "There is no recommendation to scrutinise yet. Record the joint case review group's recommendation first");
        }
        if (CaseReferral.blank(text)) {
            throw new Refused("scrutiny", "Enter the independent chair's scrutiny of the recommendation");
        }
        this.scrutiny = text.strip();
        this.scrutinisedOn = on;
        this.scrutinisedBy = by;
    }

    void decide(int expectedVersion, ReviewRoute route, String reasons, LocalDate on) {
        checkVersion(expectedVersion);
        if (recommendation == null) {
            throw new Refused(null, "There is no recommendation to decide on yet. Record the joint case review group's recommendation first");
        }
        if (decision != null) {
            throw new Refused(null, "The partners' decision has already been recorded");
        }
        if (route == null) {
            throw new Refused("decision", "Select what the partners decided");
        }
        if (CaseReferral.blank(reasons)) {
            throw new Refused("decisionReasons", "Enter the reasons for the decision");
        }
        if (route != ReviewRoute.LOCAL_PRACTICE_REVIEW && scrutiny == null) {
            throw new Refused("decision", "A decision not to hold a local review must first be scrutinised by the independent chair");
        }
        checkNotBefore(on, recommendedOn, "decidedOn", "The decision must be made on or after the day of the recommendation");
        this.decision = route;
        this.decisionReasons = reasons.strip();
        this.decidedOn = on;
    }

    void sendToPanel(int expectedVersion, LocalDate on) {
        checkVersion(expectedVersion);
        if (decision == null) {
            throw new Refused(null, "Record the partners' decision before sending the rapid review to the national Panel");
        }
        if (on == null) {
            throw new Refused("sentToPanelOn", "Enter the date the rapid review was sent to the national Panel");
        }
        checkNotBefore(on, decidedOn, "sentToPanelOn", "The rapid review must be sent to the Panel on or after the day of the decision");
        this.sentToPanelOn = on;
    }

    void recordPanelResponse(int expectedVersion, String response, LocalDate on) {
        checkVersion(expectedVersion);
        if (sentToPanelOn == null) {
            throw new Refused(null, "The rapid review has not been sent to the national Panel yet");
        }
        if (CaseReferral.blank(response)) {
            throw new Refused("panelResponse", "Enter the national Panel's response");
        }
        if (on == null) {
            throw new Refused("panelRespondedOn", "Enter the date of the Panel's response");
        }
        checkNotBefore(on, sentToPanelOn, "panelRespondedOn", "The Panel's response must be on or after the day the rapid review was sent");
        this.panelResponse = response.strip();
        this.panelRespondedOn = on;
    }

    private static void checkNotBefore(LocalDate date, LocalDate earliest, String field, String message) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            throw new Refused(field, message);
        }
    }

    public boolean isOpen() {
        return panelRespondedOn == null;
    }

    public String getStage() {
        if (panelRespondedOn != null) return "Panel responded";
        if (sentToPanelOn != null) return "Waiting for the Panel's response";
        if (decision != null) return "Decided; to send to the Panel";
        if (recommendation != null) return scrutiny == null ? "Recommended; waiting for scrutiny" : "Scrutinised; waiting for the partners' decision";
        return "Gathering information";
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() { return id; }
    public String getReference() { return "RR" + id; }
    public Long getNotificationId() { return notificationId; }
    public LocalDate getStartedOn() { return startedOn; }
    public Long getMeetingId() { return meetingId; }
    public ReviewRoute getRecommendation() { return recommendation; }
    public String getRecommendationReasons() { return recommendationReasons; }
    public LocalDate getRecommendedOn() { return recommendedOn; }
    public String getScrutiny() { return scrutiny; }
    public LocalDate getScrutinisedOn() { return scrutinisedOn; }
    public String getScrutinisedBy() { return scrutinisedBy; }
    public ReviewRoute getDecision() { return decision; }
    public String getDecisionReasons() { return decisionReasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getSentToPanelOn() { return sentToPanelOn; }
    public String getPanelResponse() { return panelResponse; }
    public LocalDate getPanelRespondedOn() { return panelRespondedOn; }
    public int getVersion() { return version; }
}

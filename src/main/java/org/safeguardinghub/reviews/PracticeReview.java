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
import java.net.URI;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.calendar.WorkingDays;

/**
 * A local child safeguarding practice review the partners decided to hold, or a review whose learning
 * arrives from elsewhere (a national review, a domestic homicide review, a safeguarding adult review,
 * a MAPPA review, another area's review). A local review runs to its target date, decides whether to
 * publish, and is published only once the final report has gone to the national Panel and the
 * Secretary of State, and enough working days have passed since. A review closes only when every
 * action raised for its findings is closed (checked by {@link PracticeReviews#close}).
 */
@NamedInterface("api")
@Entity
public class PracticeReview implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    @Enumerated(EnumType.STRING)
    private ReviewKind kind;
    private Long rapidReviewId;
    private String title;
    private String source;
    private String summary;
    private LocalDate decidedOn;
    private LocalDate reportDueOn;
    private String termsOfReference;
    private String reviewer;
    private String reviewPanel;
    private String familyInvolvement;
    @Enumerated(EnumType.STRING)
    private PublicationDecision publicationDecision;
    private String publicationReasons;
    private LocalDate sentToPanelOn;
    private LocalDate sentToSecretaryOfStateOn;
    private LocalDate publishedOn;
    private String publicationUrl;
    private LocalDate closedOn;
    private String closedBy;
    @Version
    private int version;

    protected PracticeReview() {
    }

    /** A local review, from the rapid review whose partners decided to hold it. */
    static PracticeReview local(long partnershipId, long rapidReviewId, String title, LocalDate decidedOn,
            LocalDate reportDueOn) {
        var review = new PracticeReview();
        review.partnershipId = partnershipId;
        review.kind = ReviewKind.LOCAL_PRACTICE_REVIEW;
        review.rapidReviewId = rapidReviewId;
        review.title = title;
        review.decidedOn = decidedOn;
        review.reportDueOn = reportDueOn;
        return review;
    }

    /** Learning from a review held by someone else, as its report says. */
    static PracticeReview fromElsewhere(long partnershipId, ReviewKind kind, String title, String source, String summary,
            LocalDate reportedOn, String url, LocalDate today) {
        if (kind == null || kind.isLocal()) {
            throw new Refused("kind", "Select the kind of review");
        }
        if (CaseReferral.blank(title)) {
            throw new Refused("title", "Enter the review's name, for example Adult D or the national review's title");
        }
        if (CaseReferral.blank(source)) {
            throw new Refused("source", "Enter who held the review, for example a community safety partnership or another area");
        }
        if (reportedOn == null) {
            throw new Refused("reportedOn", "Enter the date of the review's report");
        }
        if (reportedOn.isAfter(today)) {
            throw new Refused("reportedOn", "The date of the review's report must be today or in the past");
        }
        var review = new PracticeReview();
        review.partnershipId = partnershipId;
        review.kind = kind;
        review.title = title.strip();
        review.source = source.strip();
        review.summary = CaseReferral.blank(summary) ? null : summary.strip();
        review.decidedOn = reportedOn;
        review.publicationUrl = link(url, "url");
        return review;
    }

    private void checkVersion(int expectedVersion) {
        StaleEdit.check(version, expectedVersion, "review");
    }

    private void checkOpen() {
        if (closedOn != null) {
            throw new Refused(null, "This review is closed, so it can no longer change");
        }
    }

    private void checkLocal() {
        if (!kind.isLocal()) {
            throw new Refused(null, "Only a local practice review has terms of reference, reports and publication in the Hub");
        }
    }

    /** A milestone may be added only to an open local review. */
    void checkMayAddMilestone() {
        if (closedOn != null || !kind.isLocal()) {
            throw new Refused(null, "Milestones are kept only for open local reviews");
        }
    }

    /** A version of the report may be added only to an open local review whose report is not yet published. */
    void checkMayAddReport() {
        if (closedOn != null || !kind.isLocal()) {
            throw new Refused(null, "Reports are kept only for open local reviews");
        }
        if (publishedOn != null) {
            throw new Refused(null, "The report has been published, so no new version can be added");
        }
    }

    void describe(int expectedVersion, String termsOfReference, String reviewer, String reviewPanel,
            String familyInvolvement) {
        checkVersion(expectedVersion);
        checkOpen();
        checkLocal();
        this.termsOfReference = orNull(termsOfReference);
        this.reviewer = orNull(reviewer);
        this.reviewPanel = orNull(reviewPanel);
        this.familyInvolvement = orNull(familyInvolvement);
    }

    void decidePublication(int expectedVersion, PublicationDecision decision, String reasons) {
        checkVersion(expectedVersion);
        checkOpen();
        checkLocal();
        if (publishedOn != null) {
            throw new Refused(null, "The report has been published, so the decision can no longer change");
        }
        if (decision == null) {
            throw new Refused("publicationDecision", "Select whether the partners will publish the report");
        }
        if (CaseReferral.blank(reasons)) {
            throw new Refused("publicationReasons", decision == PublicationDecision.PUBLISH
                    ? "Enter the reasons for the decision, for example what has been taken out to protect the family"
                    : "Enter the reasons for not publishing. The national Panel and the Secretary of State will ask for them");
        }
        this.publicationDecision = decision;
        this.publicationReasons = reasons.strip();
    }

    void recordSent(int expectedVersion, LocalDate toPanel, LocalDate toSecretaryOfState, boolean hasFinalReport,
            LocalDate today) {
        checkVersion(expectedVersion);
        checkOpen();
        checkLocal();
        if (!hasFinalReport) {
            throw new Refused(null, "Upload the final report before recording that it was sent to the Panel and the Secretary of State");
        }
        if (toPanel == null && toSecretaryOfState == null) {
            throw new Refused("sentToPanelOn", "Enter the date the final report was sent to the national Panel");
        }
        for (var date : new LocalDate[] {toPanel, toSecretaryOfState}) {
            if (date != null && date.isAfter(today)) {
                throw new Refused(date == toPanel ? "sentToPanelOn" : "sentToSecretaryOfStateOn",
                        "The date the report was sent must be today or in the past");
            }
            if (date != null && date.isBefore(decidedOn)) {
                throw new Refused(date == toPanel ? "sentToPanelOn" : "sentToSecretaryOfStateOn",
                        "The report cannot have been sent before the review was decided on");
            }
        }
        if (toPanel != null) {
            this.sentToPanelOn = toPanel;
        }
        if (toSecretaryOfState != null) {
            this.sentToSecretaryOfStateOn = toSecretaryOfState;
        }
    }

    /** The first day the report may be published: {@code noticeDays} working days after the later of the two sendings. */
    public LocalDate earliestPublication(WorkingDays days, int noticeDays) {
        if (sentToPanelOn == null || sentToSecretaryOfStateOn == null) {
            return null;
        }
        var later = sentToPanelOn.isAfter(sentToSecretaryOfStateOn) ? sentToPanelOn : sentToSecretaryOfStateOn;
        return days.plus(later, noticeDays);
    }

    void publish(int expectedVersion, LocalDate on, String url, WorkingDays days, int noticeDays) {
        checkVersion(expectedVersion);
        checkOpen();
        checkLocal();
        if (publishedOn != null) {
            throw new Refused(null, "The report has already been published");
        }
        if (publicationDecision != PublicationDecision.PUBLISH) {
            throw new Refused(null, "Record the partners' decision to publish the report first");
        }
        if (sentToPanelOn == null || sentToSecretaryOfStateOn == null) {
            throw new Refused(null, "You cannot record publishing before the report is sent to the national Panel and the Secretary of State. "
                    + "Record the dates it was sent to both first");
        }
        if (on == null) {
            throw new Refused("publishedOn", "Enter the date the report was published");
        }
        var earliest = earliestPublication(days, noticeDays);
        if (on.isBefore(earliest)) {
            throw new Refused("publishedOn", "The report can be published from " + StatutoryClocks.format(earliest)
                    + ": at least " + noticeDays + " working days after it was sent to the national Panel and the Secretary of State");
        }
        var link = link(url, "publicationUrl");
        if (link == null) {
            throw new Refused("publicationUrl", "Enter the address of the published report, starting https://");
        }
        this.publishedOn = on;
        this.publicationUrl = link;
    }

    void close(int expectedVersion, long openActions, java.util.List<String> recommendationsWithoutActions, LocalDate on,
            String by) {
        checkVersion(expectedVersion);
        checkOpen();
        if (kind.isLocal() && publicationDecision == null) {
            throw new Refused(null, "Record whether the report will be published before closing the review");
        }
        if (kind.isLocal() && publicationDecision == PublicationDecision.PUBLISH && publishedOn == null) {
            throw new Refused(null, "The partners decided to publish the report: record its publication before closing the review");
        }
        if (!recommendationsWithoutActions.isEmpty()) {
            throw new Refused(null, "The review cannot be closed: the recommendation of "
                    + String.join(", ", recommendationsWithoutActions) + " has no action on the tracker yet");
        }
        if (openActions > 0) {
            throw new Refused(null, "The review cannot be closed while " + openActions
                    + (openActions == 1 ? " of its actions is open" : " of its actions are open")
                    + ". A review is closed only when its actions are");
        }
        this.closedOn = on;
        this.closedBy = by;
    }

    private static String orNull(String text) {
        return CaseReferral.blank(text) ? null : text.strip();
    }

    private static String link(String url, String field) {
        if (CaseReferral.blank(url)) {
            return null;
        }
        try {
            var uri = URI.create(url.strip());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException ignored) {
            // refused below
        }
        throw new Refused(field, "Enter a web address starting https://, for example https://www.example.gov.uk/reviews/child-g");
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() { return id; }

    /** "LCSPR7" for a local review, "PR7" for a review from elsewhere. */
    public String getReference() { return (kind.isLocal() ? "LCSPR" : "PR") + id; }
    public ReviewKind getKind() { return kind; }
    public Long getRapidReviewId() { return rapidReviewId; }
    public String getTitle() { return title; }
    public String getSource() { return source; }
    public String getSummary() { return summary; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getReportDueOn() { return reportDueOn; }
    public String getTermsOfReference() { return termsOfReference; }
    public String getReviewer() { return reviewer; }
    public String getReviewPanel() { return reviewPanel; }
    public String getFamilyInvolvement() { return familyInvolvement; }
    public PublicationDecision getPublicationDecision() { return publicationDecision; }
    public String getPublicationReasons() { return publicationReasons; }
    public LocalDate getSentToPanelOn() { return sentToPanelOn; }
    public LocalDate getSentToSecretaryOfStateOn() { return sentToSecretaryOfStateOn; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublicationUrl() { return publicationUrl; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getClosedBy() { return closedBy; }
    public int getVersion() { return version; }
}

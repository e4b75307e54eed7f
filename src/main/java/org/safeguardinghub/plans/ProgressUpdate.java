package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;

/** An activity's progress in one quarter, from its owner: a RAG status, what was done and the evidence. */
@Entity
@NamedInterface("api")
public class ProgressUpdate implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long activityId;
    private int quarter;
    @Enumerated(EnumType.STRING)
    private Rag rag;
    private String narrative;
    private String evidence;
    private String writtenBy;
    private Instant writtenAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;
    @Version
    private int version;

    protected ProgressUpdate() {
    }

    ProgressUpdate(long partnershipId, long activityId, int quarter, Rag rag, String narrative, String evidence,
            String writtenBy, Instant writtenAt) {
        this.partnershipId = partnershipId;
        this.activityId = activityId;
        this.quarter = quarter;
        this.rag = rag;
        this.narrative = narrative;
        this.evidence = evidence;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    void correct(int expectedVersion, Rag rag, String narrative, String evidence, String by, Instant at) {
        StaleEdit.check(version, expectedVersion, "progress update");
        if (isReviewed()) {
            throw new Refused(null, "The executive has reviewed this quarter's update, so it cannot be changed. "
                    + "Add what has happened since to next quarter's update");
        }
        this.rag = rag;
        this.narrative = narrative;
        this.evidence = evidence;
        this.writtenBy = by;
        this.writtenAt = at;
    }

    void review(int expectedVersion, String by, String comment, Instant at) {
        StaleEdit.check(version, expectedVersion, "progress update");
        if (isReviewed()) {
            throw new Refused(null, "This update has already been reviewed");
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = Text.blankToNull(comment);
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    /** Evidence links or references, one a line. */
    public java.util.List<String> getEvidenceList() {
        return Text.lines(evidence);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getActivityId() {
        return activityId;
    }

    public int getQuarter() {
        return quarter;
    }

    public Rag getRag() {
        return rag;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public int getVersion() {
        return version;
    }
}

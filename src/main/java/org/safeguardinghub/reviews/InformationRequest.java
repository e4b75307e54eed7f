package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.partnership.UploadedDocument;

/**
 * A rapid review's request to one agency, with its own deadline. The agency answers once, with a
 * structured summary and its chronology (a PDF or Word document that has really been opened).
 */
@NamedInterface("api")
@Entity
public class InformationRequest implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long rapidReviewId;
    private Long organisationId;
    private LocalDate requestedOn;
    private LocalDate dueOn;
    private String involvement;
    private String analysis;
    private String learning;
    private String chronologyName;
    private String chronologyType;
    @Basic(fetch = FetchType.LAZY)
    private byte[] chronology;
    private LocalDate submittedOn;
    private String submittedBy;
    private LocalDate lastChasedOn;
    private int timesChased;
    @Version
    private int version;

    protected InformationRequest() {
    }

    InformationRequest(long partnershipId, long rapidReviewId, long organisationId, LocalDate requestedOn, LocalDate dueOn) {
        if (dueOn == null) {
            throw new Refused("dueOn", "Enter the date the information is due");
        }
        if (dueOn.isBefore(requestedOn)) {
            throw new Refused("dueOn", "The date the information is due must be today or in the future");
        }
        this.partnershipId = partnershipId;
        this.rapidReviewId = rapidReviewId;
        this.organisationId = organisationId;
        this.requestedOn = requestedOn;
        this.dueOn = dueOn;
    }

    void submit(int expectedVersion, String involvement, String analysis, String learning, UploadedDocument chronology,
            LocalDate on, String by) {
        StaleEdit.check(version, expectedVersion, "information request");
        if (submittedOn != null) {
            throw new Refused(null, "This agency's information has already been submitted");
        }
        if (CaseReferral.blank(involvement)) {
            throw new Refused("involvement", "Enter the agency's involvement with the child and family");
        }
        if (CaseReferral.blank(analysis)) {
            throw new Refused("analysis", "Enter the agency's analysis of its practice");
        }
        if (chronology == null) {
            throw new Refused("chronology", "Select the agency's chronology");
        }
        this.involvement = involvement.strip();
        this.analysis = analysis.strip();
        this.learning = CaseReferral.blank(learning) ? null : learning.strip();
        this.chronologyName = chronology.fileName();
        this.chronologyType = chronology.kind().contentType();
        this.chronology = chronology.content();
        this.submittedOn = on;
        this.submittedBy = by;
    }

    void chase(int expectedVersion, LocalDate on) {
        StaleEdit.check(version, expectedVersion, "information request");
        if (submittedOn != null) {
            throw new Refused(null, "This agency has already submitted its information, so there is nothing to chase");
        }
        this.lastChasedOn = on;
        this.timesChased++;
    }

    public boolean isOverdue(LocalDate today) {
        return submittedOn == null && dueOn.isBefore(today);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() { return id; }
    public Long getRapidReviewId() { return rapidReviewId; }
    public Long getOrganisationId() { return organisationId; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public String getInvolvement() { return involvement; }
    public String getAnalysis() { return analysis; }
    public String getLearning() { return learning; }
    public String getChronologyName() { return chronologyName; }
    public String getChronologyType() { return chronologyType; }
    public byte[] chronologyContent() { return chronology; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDate getLastChasedOn() { return lastChasedOn; }
    public int getTimesChased() { return timesChased; }
    public int getVersion() { return version; }
}

package org.safeguardinghub.reviews;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.safeguardinghub.partnership.UploadedDocument;

/** One uploaded version of a local review's report, a draft or the final one; never replaced. */
@Entity
public class PracticeReviewReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long practiceReviewId;
    private int number;
    @Column(name = "final")
    private boolean finalReport;
    private String fileName;
    private String contentType;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private LocalDate uploadedOn;
    private String uploadedBy;

    protected PracticeReviewReport() {
    }

    PracticeReviewReport(long partnershipId, long practiceReviewId, int number, boolean finalReport,
            UploadedDocument document, LocalDate uploadedOn, String uploadedBy) {
        this.partnershipId = partnershipId;
        this.practiceReviewId = practiceReviewId;
        this.number = number;
        this.finalReport = finalReport;
        this.fileName = document.fileName();
        this.contentType = document.kind().contentType();
        this.content = document.content();
        this.uploadedOn = uploadedOn;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() { return id; }
    public Long getPracticeReviewId() { return practiceReviewId; }
    public int getNumber() { return number; }
    public boolean isFinalReport() { return finalReport; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public LocalDate getUploadedOn() { return uploadedOn; }
    public String getUploadedBy() { return uploadedBy; }

    byte[] content() {
        return content;
    }
}

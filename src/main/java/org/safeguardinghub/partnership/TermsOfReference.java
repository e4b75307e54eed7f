package org.safeguardinghub.partnership;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One agreed version of a group's terms of reference, kept as the uploaded document. */
@Entity
public class TermsOfReference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long groupId;
    private int versionNumber;
    private LocalDate agreedOn;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected TermsOfReference() {
    }

    TermsOfReference(long groupId, int versionNumber, LocalDate agreedOn, UploadedDocument document, String uploadedBy) {
        this.groupId = groupId;
        this.versionNumber = versionNumber;
        this.agreedOn = agreedOn;
        this.fileName = document.fileName();
        this.contentType = document.kind().contentType();
        this.sizeBytes = document.content().length;
        this.content = document.content();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

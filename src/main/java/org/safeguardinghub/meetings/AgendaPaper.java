package org.safeguardinghub.meetings;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.safeguardinghub.audit.AuditedRecord;

/** A paper for an agenda item: a PDF or Word document that was opened and checked when it was uploaded. */
@Entity
public class AgendaPaper implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long agendaItemId;
    private String fileName;
    private String contentType;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private Instant uploadedAt;
    private String uploadedBy;

    protected AgendaPaper() {
    }

    AgendaPaper(long partnershipId, long agendaItemId, String fileName, String contentType, byte[] content,
            Instant uploadedAt, String uploadedBy) {
        this.partnershipId = partnershipId;
        this.agendaItemId = agendaItemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}

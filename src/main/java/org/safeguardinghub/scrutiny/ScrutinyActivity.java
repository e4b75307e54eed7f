package org.safeguardinghub.scrutiny;

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
import org.springframework.modulith.NamedInterface;

/** Something independent scrutiny did (observed a meeting, ran a challenge day, audited the arrangements). */
@Entity
@NamedInterface("api")
public class ScrutinyActivity implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long lineOfEnquiryId;
    @Enumerated(EnumType.STRING)
    private ScrutinyKind kind;
    private String title;
    private LocalDate heldOn;
    private String summary;
    @Version
    private int version;

    protected ScrutinyActivity() {
    }

    ScrutinyActivity(long partnershipId, Long lineOfEnquiryId, ScrutinyKind kind, String title, LocalDate heldOn,
            String summary) {
        if (kind == null) {
            throw new Refused("kind", "Select the kind of scrutiny");
        }
        if (title == null || title.isBlank()) {
            throw new Refused("title", "Enter what was scrutinised");
        }
        if (heldOn == null) {
            throw new Refused("heldOn", "Enter the date of the scrutiny");
        }
        this.partnershipId = partnershipId;
        this.lineOfEnquiryId = lineOfEnquiryId;
        this.kind = kind;
        this.title = title.strip();
        this.heldOn = heldOn;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    @Override
    public Long partnershipId() { return partnershipId; }
    public Long getId() { return id; }
    public Long getLineOfEnquiryId() { return lineOfEnquiryId; }
    public ScrutinyKind getKind() { return kind; }
    public String getTitle() { return title; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getSummary() { return summary; }
    public int getVersion() { return version; }
}

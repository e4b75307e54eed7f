package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * A published briefing sent to one organisation, which confirms first that it has received the
 * briefing and then that it has cascaded it to its staff. Until it has cascaded it, it can be chased.
 */
@Entity
class BriefingDistribution implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long briefingId;
    private Long partnershipId;
    private Long organisationId;
    private int recipients;
    private LocalDate sentOn;
    private LocalDate receivedOn;
    private String receivedBy;
    private LocalDate cascadedOn;
    private String cascadedBy;
    private LocalDate lastChasedOn;
    private int chaseCount;
    @Version
    private int version;

    protected BriefingDistribution() {
    }

    BriefingDistribution(long briefingId, long partnershipId, long organisationId, int recipients, LocalDate sentOn) {
        this.briefingId = briefingId;
        this.partnershipId = partnershipId;
        this.organisationId = organisationId;
        this.recipients = recipients;
        this.sentOn = sentOn;
    }

    void confirmReceipt(String by, LocalDate on) {
        if (receivedOn != null) {
            throw new Refused(null, "Receipt was already confirmed on " + receivedOn);
        }
        this.receivedOn = on;
        this.receivedBy = by;
    }

    void confirmCascade(String by, LocalDate on) {
        if (receivedOn == null) {
            throw new Refused(null, "Confirm that the briefing has been received before confirming it has been cascaded");
        }
        if (cascadedOn != null) {
            throw new Refused(null, "Cascade to staff was already confirmed on " + cascadedOn);
        }
        this.cascadedOn = on;
        this.cascadedBy = by;
    }

    /** Whether it still waits on the organisation: it has someone to write to and has not confirmed the cascade. */
    public boolean isOutstanding() {
        return cascadedOn == null && recipients > 0;
    }

    void chased(LocalDate on, int recipients) {
        if (!isOutstanding() && recipients == 0) {
            throw new Refused(null, "This organisation has nothing outstanding");
        }
        this.recipients = recipients;
        this.lastChasedOn = on;
        this.chaseCount++;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() { return id; }
    public Long getBriefingId() { return briefingId; }
    public Long getOrganisationId() { return organisationId; }
    public int getRecipients() { return recipients; }
    public LocalDate getSentOn() { return sentOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public LocalDate getCascadedOn() { return cascadedOn; }
    public String getCascadedBy() { return cascadedBy; }
    public LocalDate getLastChasedOn() { return lastChasedOn; }
    public int getChaseCount() { return chaseCount; }
    public int getVersion() { return version; }
}

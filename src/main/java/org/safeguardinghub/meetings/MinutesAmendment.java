package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.safeguardinghub.audit.AuditedRecord;

/** A change to minutes after they were approved, kept beside them rather than written into them. */
@Entity
public class MinutesAmendment implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long meetingId;
    private Long agendaItemId;
    private String text;
    private String reason;
    private String madeBy;
    private Instant madeAt;

    protected MinutesAmendment() {
    }

    MinutesAmendment(long partnershipId, long meetingId, Long agendaItemId, String text, String reason, String madeBy,
            Instant madeAt) {
        if (text == null || text.isBlank()) {
            throw new Refused("amendmentText", "Enter the amendment");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("amendmentReason", "Enter why the minutes are being amended");
        }
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.text = text.strip();
        this.reason = reason.strip();
        this.madeBy = madeBy;
        this.madeAt = madeAt;
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

    public String getText() {
        return text;
    }

    public String getReason() {
        return reason;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }
}

package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.safeguardinghub.audit.AuditedRecord;

/** What a meeting decided on an item. Approving an earlier meeting's minutes is a decision too. */
@Entity
public class Decision implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long meetingId;
    private Long agendaItemId;
    private String text;
    private Long approvesMeetingId;
    private String recordedBy;

    protected Decision() {
    }

    Decision(long partnershipId, long meetingId, long agendaItemId, String text, Long approvesMeetingId,
            String recordedBy) {
        if (text == null || text.isBlank()) {
            throw new Refused("decisionText", "Enter what was decided");
        }
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.text = text.strip();
        this.approvesMeetingId = approvesMeetingId;
        this.recordedBy = recordedBy;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getText() {
        return text;
    }

    public Long getApprovesMeetingId() {
        return approvesMeetingId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

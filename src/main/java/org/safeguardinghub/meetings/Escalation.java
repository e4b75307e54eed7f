package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * A matter a group raises to its parent group at one of its meetings, followed until the parent
 * answers it at one of its own; the raising group sees the answer.
 */
@Entity
public class Escalation implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long fromGroupId;
    private Long toGroupId;
    private Long raisedAtItemId;
    private String matter;
    private LocalDate raisedOn;
    private Long answeredAtItemId;
    private String response;
    private LocalDate answeredOn;
    @Version
    private int version;

    protected Escalation() {
    }

    Escalation(long partnershipId, long fromGroupId, long toGroupId, long raisedAtItemId, String matter,
            LocalDate raisedOn) {
        if (matter == null || matter.isBlank()) {
            throw new Refused("matter", "Enter the matter to raise with the parent group");
        }
        this.partnershipId = partnershipId;
        this.fromGroupId = fromGroupId;
        this.toGroupId = toGroupId;
        this.raisedAtItemId = raisedAtItemId;
        this.matter = matter.strip();
        this.raisedOn = raisedOn;
    }

    void answer(int expectedVersion, long atItemId, String response, LocalDate on) {
        StaleEdit.check(version, expectedVersion, "matter");
        if (isAnswered()) {
            throw new Refused("response", "This matter has already been answered");
        }
        if (response == null || response.isBlank()) {
            throw new Refused("response", "Enter the group's response to the matter");
        }
        this.answeredAtItemId = atItemId;
        this.response = response.strip();
        this.answeredOn = on;
    }

    public boolean isAnswered() {
        return response != null;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getFromGroupId() {
        return fromGroupId;
    }

    public Long getToGroupId() {
        return toGroupId;
    }

    public Long getRaisedAtItemId() {
        return raisedAtItemId;
    }

    public String getMatter() {
        return matter;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Long getAnsweredAtItemId() {
        return answeredAtItemId;
    }

    public String getResponse() {
        return response;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public int getVersion() {
        return version;
    }
}

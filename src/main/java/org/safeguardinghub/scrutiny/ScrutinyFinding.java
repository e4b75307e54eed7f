package org.safeguardinghub.scrutiny;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.rules.StaleEdit;

/** What scrutiny found, and the partners' response to it; the actions it leads to are on the tracker. */
@Entity
public class ScrutinyFinding implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long activityId;
    private String finding;
    private String response;
    private LocalDate respondedOn;
    @Version
    private int version;

    protected ScrutinyFinding() {
    }

    ScrutinyFinding(long partnershipId, long activityId, String finding) {
        if (finding == null || finding.isBlank()) {
            throw new Refused("finding", "Enter the finding");
        }
        this.partnershipId = partnershipId;
        this.activityId = activityId;
        this.finding = finding.strip();
    }

    void respond(int expectedVersion, String text, LocalDate on) {
        StaleEdit.check(version, expectedVersion, "finding");
        if (text == null || text.isBlank()) {
            throw new Refused("response", "Enter the partners' response");
        }
        this.response = text.strip();
        this.respondedOn = on;
    }

    @Override
    public Long partnershipId() { return partnershipId; }
    public Long getId() { return id; }
    public Long getActivityId() { return activityId; }
    public String getFinding() { return finding; }
    public String getResponse() { return response; }
    public LocalDate getRespondedOn() { return respondedOn; }
    public int getVersion() { return version; }
}

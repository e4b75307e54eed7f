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
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;

/**
 * A challenge put to an organisation or a group. Stage 1 asks the organisation; without a
 * response by the due date it can be escalated to stage 2 (a senior leader) and stage 3 (the lead
 * safeguarding partners), each with its own timescale. It closes with an outcome and its impact.
 */
@Entity
@NamedInterface("api")
public class Challenge implements AuditedRecord {

    static final int LAST_STAGE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    @Enumerated(EnumType.STRING)
    private RaisedBy raisedBy;
    private Long toOrganisationId;
    private Long toGroupId;
    private LocalDate raisedOn;
    private String theme;
    private String question;
    private int stage = 1;
    private LocalDate responseDueOn;
    private String response;
    private LocalDate responseReceivedOn;
    private String outcome;
    private String impact;
    private LocalDate closedOn;
    @Version
    private int version;

    protected Challenge() {
    }

    Challenge(long partnershipId, RaisedBy raisedBy, Long toOrganisationId, Long toGroupId, LocalDate raisedOn,
            String theme, String question, LocalDate responseDueOn) {
        if (raisedBy == null) {
            throw new Refused("raisedBy", "Select who raised the challenge");
        }
        if ((toOrganisationId == null) == (toGroupId == null)) {
            throw new Refused("to", "Select the organisation or the group the challenge is to");
        }
        if (question == null || question.isBlank()) {
            throw new Refused("question", "Enter what was asked");
        }
        if (responseDueOn == null || responseDueOn.isBefore(raisedOn)) {
            throw new Refused("responseDueOn", "The response must be due on or after the day the challenge was raised");
        }
        this.partnershipId = partnershipId;
        this.raisedBy = raisedBy;
        this.toOrganisationId = toOrganisationId;
        this.toGroupId = toGroupId;
        this.raisedOn = raisedOn;
        this.theme = theme == null || theme.isBlank() ? null : theme.strip();
        this.question = question.strip();
        this.responseDueOn = responseDueOn;
    }

    void recordResponse(int expectedVersion, String text, LocalDate receivedOn) {
        checkVersion(expectedVersion);
        checkOpen();
        if (text == null || text.isBlank()) {
            throw new Refused("response", "Enter the response");
        }
        if (receivedOn == null || receivedOn.isBefore(raisedOn)) {
            throw new Refused("receivedOn", "The response must be received on or after the day the challenge was raised");
        }
        this.response = text.strip();
        this.responseReceivedOn = receivedOn;
    }

    void escalate(int expectedVersion, LocalDate today, int days) {
        checkVersion(expectedVersion);
        checkOpen();
        if (response != null) {
            throw new Refused(null, "A response has been received, so the challenge does not need escalating. "
                    + "Record its outcome instead");
        }
        if (stage == LAST_STAGE) {
            throw new Refused(null, "The challenge is already with the lead safeguarding partners, the last stage");
        }
        stage++;
        responseDueOn = today.plusDays(days);
    }

    void close(int expectedVersion, String outcome, String impact, LocalDate on) {
        checkVersion(expectedVersion);
        checkOpen();
        if (outcome == null || outcome.isBlank()) {
            throw new Refused("outcome", "Enter the outcome of the challenge");
        }
        if (impact == null || impact.isBlank()) {
            throw new Refused("impact", "Enter the difference the challenge made for children and families");
        }
        this.outcome = outcome.strip();
        this.impact = impact.strip();
        this.closedOn = on;
    }

    private void checkOpen() {
        if (closedOn != null) {
            throw new Refused(null, "This challenge has been closed");
        }
    }

    private void checkVersion(int expectedVersion) {
        StaleEdit.check(version, expectedVersion, "challenge");
    }

    public boolean isOverdue(LocalDate today) {
        return closedOn == null && response == null && responseDueOn.isBefore(today);
    }

    public String getStageName() {
        return switch (stage) {
            case 1 -> "Stage 1: with the organisation or group";
            case 2 -> "Stage 2: escalated to a senior leader";
            default -> "Stage 3: escalated to the lead safeguarding partners";
        };
    }

    public String getStatus() {
        return closedOn != null ? "Closed" : response != null ? "Response received" : "Awaiting response";
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() { return id; }
    public String getReference() { return "C" + id; }
    public RaisedBy getRaisedBy() { return raisedBy; }
    public Long getToOrganisationId() { return toOrganisationId; }
    public Long getToGroupId() { return toGroupId; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public String getTheme() { return theme; }
    public String getQuestion() { return question; }
    public int getStage() { return stage; }
    public LocalDate getResponseDueOn() { return responseDueOn; }
    public String getResponse() { return response; }
    public LocalDate getResponseReceivedOn() { return responseReceivedOn; }
    public String getOutcome() { return outcome; }
    public String getImpact() { return impact; }
    public LocalDate getClosedOn() { return closedOn; }
    public int getVersion() { return version; }
}

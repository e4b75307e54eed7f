package org.safeguardinghub.scrutiny;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;

/** One line of a challenge's story: raised, escalated, responded to, closed. */
@Entity
public class ChallengeStep implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long challengeId;
    private LocalDate happenedOn;
    private String what;
    private String writtenBy;

    protected ChallengeStep() {
    }

    ChallengeStep(long partnershipId, long challengeId, LocalDate happenedOn, String what, String writtenBy) {
        this.partnershipId = partnershipId;
        this.challengeId = challengeId;
        this.happenedOn = happenedOn;
        this.what = what;
        this.writtenBy = writtenBy;
    }

    @Override
    public Long partnershipId() { return partnershipId; }
    public Long getId() { return id; }
    public Long getChallengeId() { return challengeId; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public String getWhat() { return what; }
    public String getWrittenBy() { return writtenBy; }
}

package org.safeguardinghub.scrutiny;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/** A key line of enquiry the partners set independent scrutiny for the year from April. */
@Entity
@NamedInterface("api")
public class LineOfEnquiry implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private int startsYear;
    private String question;
    @Version
    private int version;

    protected LineOfEnquiry() {
    }

    LineOfEnquiry(long partnershipId, int startsYear, String question) {
        if (question == null || question.isBlank()) {
            throw new Refused("question", "Enter the line of enquiry");
        }
        this.partnershipId = partnershipId;
        this.startsYear = startsYear;
        this.question = question.strip();
    }

    @Override
    public Long partnershipId() { return partnershipId; }
    public Long getId() { return id; }
    public int getStartsYear() { return startsYear; }
    public String getYear() { return startsYear + " to " + (startsYear + 1); }
    public String getQuestion() { return question; }
    public int getVersion() { return version; }
}

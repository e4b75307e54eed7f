package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.rules.StaleEdit;
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

/** A case consideration: a case someone thinks may meet the criteria, and the business unit's triage of it. */
@NamedInterface("api")
@Entity
public class CaseReferral implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private LocalDate referredOn;
    private String referredBy;
    private String caseReference;
    private String pseudonym;
    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;
    private String whatHappened;
    private String agenciesInvolved;
    private String whyCriteria;
    @Enumerated(EnumType.STRING)
    private SuggestedRoute suggestedRoute;
    @Enumerated(EnumType.STRING)
    private TriageOutcome outcome;
    private String outcomeReasons;
    private LocalDate triagedOn;
    private String triagedBy;
    @Version
    private int version;

    protected CaseReferral() {
    }

    CaseReferral(long partnershipId, LocalDate referredOn, String referredBy, ChildRecord child, String whatHappened,
            String agenciesInvolved, String whyCriteria, SuggestedRoute suggestedRoute) {
        child.check();
        if (blank(whatHappened)) {
            throw new Refused("whatHappened", "Enter what happened");
        }
        if (blank(agenciesInvolved)) {
            throw new Refused("agenciesInvolved", "Enter the agencies involved with the child and family");
        }
        if (suggestedRoute == null) {
            throw new Refused("suggestedRoute", "Select what you think the case meets the criteria for");
        }
        if (blank(whyCriteria)) {
            throw new Refused("whyCriteria", "Enter why you think the case meets the criteria");
        }
        this.partnershipId = partnershipId;
        this.referredOn = referredOn;
        this.referredBy = referredBy;
        this.caseReference = child.caseReference().strip();
        this.pseudonym = child.pseudonym().strip();
        this.ageBand = child.ageBand();
        this.whatHappened = whatHappened.strip();
        this.agenciesInvolved = agenciesInvolved.strip();
        this.whyCriteria = whyCriteria.strip();
        this.suggestedRoute = suggestedRoute;
    }

    void triage(int expectedVersion, TriageOutcome outcome, String reasons, LocalDate on, String by) {
        StaleEdit.check(version, expectedVersion, "referral");
        if (this.outcome != null) {
            throw new Refused(null, "This referral has already been triaged");
        }
        if (outcome == null) {
            throw new Refused("outcome", "Select the outcome of the triage");
        }
        if (blank(reasons)) {
            throw new Refused("reasons", "Enter the reasons for the outcome");
        }
        this.outcome = outcome;
        this.outcomeReasons = reasons.strip();
        this.triagedOn = on;
        this.triagedBy = by;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public ChildRecord child() {
        return new ChildRecord(caseReference, pseudonym, ageBand);
    }

    public Long getId() { return id; }
    public String getReference() { return "CR" + id; }
    public LocalDate getReferredOn() { return referredOn; }
    public String getReferredBy() { return referredBy; }
    public String getCaseReference() { return caseReference; }
    public String getPseudonym() { return pseudonym; }
    public AgeBand getAgeBand() { return ageBand; }
    public String getWhatHappened() { return whatHappened; }
    public String getAgenciesInvolved() { return agenciesInvolved; }
    public String getWhyCriteria() { return whyCriteria; }
    public SuggestedRoute getSuggestedRoute() { return suggestedRoute; }
    public TriageOutcome getOutcome() { return outcome; }
    public String getOutcomeReasons() { return outcomeReasons; }
    public LocalDate getTriagedOn() { return triagedOn; }
    public String getTriagedBy() { return triagedBy; }
    public int getVersion() { return version; }
}

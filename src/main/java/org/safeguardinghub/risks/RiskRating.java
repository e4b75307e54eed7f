package org.safeguardinghub.risks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.safeguardinghub.audit.AuditedRecord;

/** One rating of a risk, as it was given. The database refuses to change or delete these. */
@Entity
@Immutable
public class RiskRating implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long riskId;
    private LocalDate ratedOn;
    private String ratedBy;
    private int inherentLikelihood;
    private int inherentImpact;
    private int currentLikelihood;
    private int currentImpact;
    private int targetLikelihood;
    private int targetImpact;
    private String reason;

    protected RiskRating() {
    }

    RiskRating(long partnershipId, long riskId, LocalDate ratedOn, String ratedBy, Rating inherent, Rating current,
            Rating target, String reason) {
        this.partnershipId = partnershipId;
        this.riskId = riskId;
        this.ratedOn = ratedOn;
        this.ratedBy = ratedBy;
        this.inherentLikelihood = inherent.likelihood();
        this.inherentImpact = inherent.impact();
        this.currentLikelihood = current.likelihood();
        this.currentImpact = current.impact();
        this.targetLikelihood = target.likelihood();
        this.targetImpact = target.impact();
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getRiskId() {
        return riskId;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Rating getInherent() {
        return new Rating(inherentLikelihood, inherentImpact);
    }

    public Rating getCurrent() {
        return new Rating(currentLikelihood, currentImpact);
    }

    public Rating getTarget() {
        return new Rating(targetLikelihood, targetImpact);
    }

    public String getReason() {
        return reason;
    }
}

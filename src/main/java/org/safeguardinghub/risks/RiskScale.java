package org.safeguardinghub.risks;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;

/** A partnership's word for one point of the likelihood or impact scale. */
@Entity
class RiskScale implements AuditedRecord {

    static final String LIKELIHOOD = "LIKELIHOOD";
    static final String IMPACT = "IMPACT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private String axis;
    private int score;
    private String label;
    @Version
    private int version;

    protected RiskScale() {
    }

    RiskScale(long partnershipId, String axis, int score, String label) {
        this.partnershipId = partnershipId;
        this.axis = axis;
        this.score = score;
        this.label = label;
    }

    void relabel(String label) {
        if (label == null || label.isBlank()) {
            throw new Refused(axis.toLowerCase() + score, "Enter a word for every point of the scale");
        }
        this.label = label.strip();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public String getAxis() {
        return axis;
    }

    public int getScore() {
        return score;
    }

    public String getLabel() {
        return label;
    }
}

package org.safeguardinghub.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * "We will monitor through": one measure of a priority. It may name the dataset indicator that
 * measures it ({@link StrategicPlans#linkMeasureToIndicator}), for the dataset module to fill in.
 */
@Entity
public class SuccessMeasure implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long priorityId;
    private int position;
    private String description;
    private Long indicatorId;

    protected SuccessMeasure() {
    }

    SuccessMeasure(long partnershipId, long priorityId, int position, String description) {
        this.partnershipId = partnershipId;
        this.priorityId = priorityId;
        this.position = position;
        this.description = description;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void measuredBy(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }
}

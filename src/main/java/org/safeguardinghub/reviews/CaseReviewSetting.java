package org.safeguardinghub.reviews;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Which of the partnership's groups is its joint case review group: its current members see case review records. */
@Entity
public class CaseReviewSetting implements AuditedRecord {

    @Id
    private Long partnershipId;
    private Long reviewGroupId;
    @Version
    private int version;

    protected CaseReviewSetting() {
    }

    CaseReviewSetting(long partnershipId, long reviewGroupId) {
        this.partnershipId = partnershipId;
        this.reviewGroupId = reviewGroupId;
    }

    void change(int expectedVersion, long reviewGroupId) {
        if (version != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseReviewSetting.class, partnershipId);
        }
        this.reviewGroupId = reviewGroupId;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getReviewGroupId() { return reviewGroupId; }
    public int getVersion() { return version; }
}

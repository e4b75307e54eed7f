package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;

/** Which of the partnership's groups is its joint case review group: its current members see case review records. */
@Entity
class CaseReviewSetting implements AuditedRecord {

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
        StaleEdit.check(version, expectedVersion, "setting");
        this.reviewGroupId = reviewGroupId;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getReviewGroupId() { return reviewGroupId; }
    public int getVersion() { return version; }
}

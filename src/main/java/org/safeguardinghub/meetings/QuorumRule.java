package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * When a group's meeting may make decisions: someone present (or represented) from each of the
 * three safeguarding partners, at least a number of members, or both. A group without a rule is
 * always quorate.
 */
@Entity
public class QuorumRule implements AuditedRecord {

    @Id
    private Long groupId;
    private Long partnershipId;
    private boolean eachSafeguardingPartner;
    private Integer minimumPresent;
    @Version
    private int version;

    protected QuorumRule() {
    }

    QuorumRule(long partnershipId, long groupId) {
        this.partnershipId = partnershipId;
        this.groupId = groupId;
    }

    void change(int expectedVersion, boolean eachSafeguardingPartner, Integer minimumPresent) {
        StaleEdit.check(version, expectedVersion, "quorum rule");
        if (minimumPresent != null && minimumPresent < 1) {
            throw new Refused("minimumPresent", "The number of members must be 1 or more");
        }
        this.eachSafeguardingPartner = eachSafeguardingPartner;
        this.minimumPresent = minimumPresent;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public boolean isEachSafeguardingPartner() {
        return eachSafeguardingPartner;
    }

    public Integer getMinimumPresent() {
        return minimumPresent;
    }

    public int getVersion() {
        return version;
    }
}

package org.safeguardinghub.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An emailed link to confirm a briefing for one organisation; only the token's hash is kept. */
@Entity
class BriefingLink {

    @Id
    private String tokenHash;
    private Long distributionId;
    private Instant createdAt;

    protected BriefingLink() {
    }

    BriefingLink(String tokenHash, long distributionId, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.distributionId = distributionId;
        this.createdAt = createdAt;
    }

    Long getDistributionId() {
        return distributionId;
    }
}

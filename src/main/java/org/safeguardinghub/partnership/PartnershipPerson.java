package org.safeguardinghub.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.safeguardinghub.audit.AuditedRecord;

/** A person known to a partnership. */
@Entity
class PartnershipPerson implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long personId;

    protected PartnershipPerson() {
    }

    PartnershipPerson(long partnershipId, long personId) {
        this.partnershipId = partnershipId;
        this.personId = personId;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }
}

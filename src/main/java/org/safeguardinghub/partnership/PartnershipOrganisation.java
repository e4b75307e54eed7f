package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/** An organisation's part in one partnership, from the day it joined until the day it left. */
@Entity
@NamedInterface("api")
public class PartnershipOrganisation implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long organisationId;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private Long safeguardingLeadId;
    @Version
    private int version;

    protected PartnershipOrganisation() {
    }

    PartnershipOrganisation(long partnershipId, long organisationId, LocalDate joinedOn) {
        this.partnershipId = partnershipId;
        this.organisationId = organisationId;
        this.joinedOn = joinedOn;
    }

    void changeDates(int expectedVersion, LocalDate joinedOn, LocalDate leftOn) {
        StaleEdit.check(this.version, expectedVersion, "organisation");
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            throw new IllegalArgumentException("The date it left must be the same as or after the date it joined");
        }
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    void chooseSafeguardingLead(Long personId) {
        this.safeguardingLeadId = personId;
    }

    /** The person who receives learning briefings for the organisation, with its agency representatives; may be none. */
    public Long getSafeguardingLeadId() {
        return safeguardingLeadId;
    }

    public boolean hasLeft(LocalDate on) {
        return leftOn != null && !leftOn.isAfter(on);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public int getVersion() {
        return version;
    }
}

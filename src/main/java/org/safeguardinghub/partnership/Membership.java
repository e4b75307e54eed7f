package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/** A person's seat on a group, in a role, representing an organisation, for a period. */
@Entity
@NamedInterface("api")
public class Membership implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long groupId;
    private Long personId;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private MembershipRole role;
    private Long deputyId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Version
    private int version;

    protected Membership() {
    }

    public Membership(long partnershipId, long groupId, long personId, Long organisationId, MembershipRole role,
            Long deputyId, LocalDate startsOn, LocalDate endsOn) {
        this.partnershipId = partnershipId;
        this.groupId = groupId;
        this.personId = personId;
        set(organisationId, role, deputyId, startsOn, endsOn);
    }

    void update(int expectedVersion, Long organisationId, MembershipRole role, Long deputyId, LocalDate startsOn,
            LocalDate endsOn) {
        StaleEdit.check(this.version, expectedVersion, "membership");
        set(organisationId, role, deputyId, startsOn, endsOn);
    }

    private void set(Long organisationId, MembershipRole role, Long deputyId, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The end date must be the same as or after the start date");
        }
        if (Objects.equals(deputyId, personId)) {
            throw new IllegalArgumentException("A member cannot be their own deputy");
        }
        this.organisationId = organisationId;
        this.role = role;
        this.deputyId = deputyId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean isCurrent(LocalDate on) {
        return !startsOn.isAfter(on) && (endsOn == null || !endsOn.isBefore(on));
    }

    /** Whether this seat and another of the same person, group and role share any day. */
    boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        var thisEnd = endsOn == null ? LocalDate.MAX : endsOn;
        var thatEnd = otherEnd == null ? LocalDate.MAX : otherEnd;
        return !startsOn.isAfter(thatEnd) && !otherStart.isAfter(thisEnd);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getVersion() {
        return version;
    }
}

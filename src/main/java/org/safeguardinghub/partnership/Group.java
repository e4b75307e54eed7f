package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/** A board, executive, subgroup, task and finish group or reference group, reporting to its parent. */
@Entity(name = "PartnershipGroup")
@Table(name = "partnership_group")
@NamedInterface("api")
public class Group implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long parentId;
    private String name;
    @Enumerated(EnumType.STRING)
    private GroupKind kind;
    private String purpose;
    private String meetingFrequency;
    private boolean confidential;
    private LocalDate endsOn;
    @Version
    private int version;

    protected Group() {
    }

    public Group(long partnershipId, Long parentId, String name, GroupKind kind, String purpose,
            String meetingFrequency, boolean confidential, LocalDate endsOn) {
        this.partnershipId = partnershipId;
        this.parentId = parentId;
        this.name = name.trim();
        this.kind = kind;
        this.purpose = purpose;
        this.meetingFrequency = meetingFrequency;
        this.confidential = confidential;
        this.endsOn = endsOn;
    }

    void update(int expectedVersion, Long parentId, String name, GroupKind kind, String purpose,
            String meetingFrequency, boolean confidential, LocalDate endsOn) {
        StaleEdit.check(this.version, expectedVersion, "group");
        if (Objects.equals(parentId, id)) {
            throw new IllegalArgumentException("A group cannot report to itself");
        }
        this.parentId = parentId;
        this.name = name.trim();
        this.kind = kind;
        this.purpose = purpose;
        this.meetingFrequency = meetingFrequency;
        this.confidential = confidential;
        this.endsOn = endsOn;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getMeetingFrequency() {
        return meetingFrequency;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getVersion() {
        return version;
    }
}

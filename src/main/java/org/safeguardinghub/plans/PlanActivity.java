package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;

/**
 * Something a business plan commits a group to do towards a priority (or the core business, with
 * no priority), with the person who answers for it and when it is due.
 */
@Entity
@Table(name = "plan_activity")
@NamedInterface("api")
public class PlanActivity implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long businessPlanId;
    private Long priorityId;
    private String description;
    private Long ownerGroupId;
    private Long ownerPersonId;
    private LocalDate dueOn;
    @Version
    private int version;

    protected PlanActivity() {
    }

    PlanActivity(long partnershipId, long businessPlanId, Long priorityId, String description, long ownerGroupId,
            Long ownerPersonId, LocalDate dueOn) {
        this.partnershipId = partnershipId;
        this.businessPlanId = businessPlanId;
        set(priorityId, description, ownerGroupId, ownerPersonId, dueOn);
    }

    void change(int expectedVersion, Long priorityId, String description, long ownerGroupId, Long ownerPersonId,
            LocalDate dueOn) {
        StaleEdit.check(version, expectedVersion, "activity");
        set(priorityId, description, ownerGroupId, ownerPersonId, dueOn);
    }

    private void set(Long priorityId, String description, long ownerGroupId, Long ownerPersonId, LocalDate dueOn) {
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Enter what will be done");
        }
        this.priorityId = priorityId;
        this.description = description.strip();
        this.ownerGroupId = ownerGroupId;
        this.ownerPersonId = ownerPersonId;
        this.dueOn = dueOn;
    }

    /** Progress for a quarter; the owner may correct it until the executive has reviewed it. */
    ProgressUpdate report(ProgressUpdate existing, int expectedVersion, int quarter, Rag rag, String narrative,
            String evidence, String by, java.time.Instant at) {
        if (rag == null) {
            throw new Refused("rag", "Select the RAG status");
        }
        if (narrative == null || narrative.isBlank()) {
            throw new Refused("narrative", "Enter what has been done this quarter");
        }
        if (existing == null) {
            return new ProgressUpdate(partnershipId, id, quarter, rag, narrative.strip(), Text.blankToNull(evidence), by, at);
        }
        existing.correct(expectedVersion, rag, narrative.strip(), Text.blankToNull(evidence), by, at);
        return existing;
    }

    public boolean isOverdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getBusinessPlanId() {
        return businessPlanId;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerGroupId() {
        return ownerGroupId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getVersion() {
        return version;
    }
}

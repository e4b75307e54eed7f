package org.safeguardinghub.actions;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/**
 * Something the partnership has committed to do, with its owners held alongside
 * ({@link ActionOwner}). Its status moves: open → in progress → done by owner → closed by the
 * group; a closed action takes no more updates until it is reopened.
 */
@Entity
@Table(name = "action")
@NamedInterface("api")
public class Action implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long groupId;
    private String description;
    private boolean allPartners;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Enumerated(EnumType.STRING)
    private ActionSource.Type sourceType;
    private Long sourceId;
    private String sourceLabel;
    private boolean confidential;
    private String raisedBy;
    private LocalDate raisedOn;
    private LocalDate respondBy;
    private LocalDate firstRespondBy;
    private Instant askedAt;
    private LocalDate closedOn;
    @Version
    private int version;

    protected Action() {
    }

    Action(long partnershipId, Long groupId, String description, boolean allPartners, LocalDate dueOn,
            ActionSource source, String raisedBy, LocalDate raisedOn, Instant askedAt, int responseDays,
            boolean confidential) {
        this.confidential = confidential;
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("An action needs a description");
        }
        this.partnershipId = partnershipId;
        this.groupId = groupId;
        this.description = description.trim();
        this.allPartners = allPartners;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.sourceLabel = source.label();
        this.raisedBy = raisedBy;
        this.raisedOn = raisedOn;
        this.respondBy = raisedOn.plusDays(responseDays);
        this.firstRespondBy = respondBy;
        this.askedAt = askedAt;
    }

    /** An owner's or the business unit's update; it may move the action on, but not close it. */
    ActionUpdate update(int expectedVersion, String by, String note, ActionStatus newStatus, Instant at) {
        checkVersion(expectedVersion);
        if (status == ActionStatus.CLOSED) {
            throw new Refused("This action is closed. Reopen it before adding an update");
        }
        if (newStatus == ActionStatus.CLOSED) {
            throw new Refused("status", "Only the group closes an action");
        }
        requireNote(note);
        this.status = newStatus;
        return new ActionUpdate(id, by, note, newStatus, ActionUpdate.Kind.UPDATE, at);
    }

    /** The group agrees the action is complete. */
    ActionUpdate close(int expectedVersion, String by, String note, LocalDate on, Instant at) {
        checkVersion(expectedVersion);
        if (status == ActionStatus.CLOSED) {
            throw new Refused("This action is already closed");
        }
        requireNote(note);
        this.status = ActionStatus.CLOSED;
        this.closedOn = on;
        return new ActionUpdate(id, by, note, status, ActionUpdate.Kind.CLOSE, at);
    }

    ActionUpdate reopen(int expectedVersion, String by, String note, Instant at) {
        checkVersion(expectedVersion);
        if (status != ActionStatus.CLOSED) {
            throw new Refused("Only a closed action can be reopened");
        }
        requireNote(note);
        this.status = ActionStatus.OPEN;
        this.closedOn = null;
        return new ActionUpdate(id, by, note, status, ActionUpdate.Kind.REOPEN, at);
    }

    /**
     * Asks the owners again: they now have the response period from today, and the log says so.
     * Only an action still with its owners can be chased.
     */
    ActionUpdate chase(int expectedVersion, String by, LocalDate today, int responseDays, Instant at) {
        StaleEdit.check(version, expectedVersion, "action");
        if (!status.isOutstanding()) {
            throw new Refused("Only an open or in-progress action can be chased");
        }
        this.respondBy = today.plusDays(responseDays);
        this.askedAt = at;
        return new ActionUpdate(id, by, "Owners asked again to respond by "
                + respondBy.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")), status,
                ActionUpdate.Kind.CHASE, at);
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new Refused("Write what has been done");
        }
    }

    private void checkVersion(int expectedVersion) {
        StaleEdit.check(version, expectedVersion, "action");
    }

    public boolean isOverdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && status.isOutstanding();
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

    public String getDescription() {
        return description;
    }

    public boolean isAllPartners() {
        return allPartners;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public ActionSource getSource() {
        return new ActionSource(sourceType, sourceId, sourceLabel);
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getRespondBy() {
        return respondBy;
    }

    /** The date the owners were first asked to respond by; chasing does not move it. */
    public LocalDate getFirstRespondBy() {
        return firstRespondBy;
    }

    /** When the owners were last asked to respond: when it was raised, or last chased. */
    public Instant getAskedAt() {
        return askedAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public int getVersion() {
        return version;
    }
}

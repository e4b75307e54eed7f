package org.safeguardinghub.risks;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;

/**
 * A risk on a group's register: what it is, its cause and consequence, the controls in place, and
 * its inherent (before controls), current and target ratings. A target above the current rating
 * needs a reason. Every rating is also kept in {@link RiskRating}, which is never changed.
 */
@Entity
@NamedInterface("api")
public class Risk implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long groupId;
    private String title;
    private String cause;
    private String consequence;
    private Long priorityId;
    private Long ownerPersonId;
    private String controls;
    private int inherentLikelihood;
    private int inherentImpact;
    private int currentLikelihood;
    private int currentImpact;
    private int targetLikelihood;
    private int targetImpact;
    private String targetReason;
    @Enumerated(EnumType.STRING)
    private Appetite appetite;
    private LocalDate reviewOn;
    private Long escalatedToGroupId;
    private LocalDate escalatedOn;
    private String escalationReason;
    private LocalDate closedOn;
    @Version
    private int version;

    protected Risk() {
    }

    Risk(long partnershipId, long groupId, RiskDetails details) {
        this.partnershipId = partnershipId;
        this.groupId = groupId;
        set(details);
    }

    /** Changes the risk; answers whether its ratings changed, so a new line goes into the rating history. */
    boolean change(int expectedVersion, RiskDetails details) {
        StaleEdit.check(version, expectedVersion, "risk");
        if (closedOn != null) {
            throw new Refused(null, "This risk was closed, so it cannot be changed");
        }
        var before = new Rating[] {getInherent(), getCurrent(), getTarget()};
        set(details);
        return !before[0].equals(getInherent()) || !before[1].equals(getCurrent()) || !before[2].equals(getTarget());
    }

    private void set(RiskDetails d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new Refused("title", "Enter the risk");
        }
        if (d.appetite() == null) {
            throw new Refused("appetite", "Select the risk appetite");
        }
        if (d.reviewOn() == null) {
            throw new Refused("reviewOn", "Enter the date the risk is next reviewed");
        }
        var reason = blankToNull(d.targetReason());
        if (d.target().score() > d.current().score() && reason == null) {
            throw new Refused("targetReason", "The target rating (" + d.target().score()
                    + ") is higher than the current rating (" + d.current().score()
                    + "). Say why the partnership would accept more risk");
        }
        this.title = d.title().strip();
        this.cause = blankToNull(d.cause());
        this.consequence = blankToNull(d.consequence());
        this.priorityId = d.priorityId();
        this.ownerPersonId = d.ownerPersonId();
        this.controls = blankToNull(d.controls());
        this.inherentLikelihood = d.inherent().likelihood();
        this.inherentImpact = d.inherent().impact();
        this.currentLikelihood = d.current().likelihood();
        this.currentImpact = d.current().impact();
        this.targetLikelihood = d.target().likelihood();
        this.targetImpact = d.target().impact();
        this.targetReason = reason;
        this.appetite = d.appetite();
        this.reviewOn = d.reviewOn();
    }

    void escalate(int expectedVersion, long boardId, String reason, LocalDate on) {
        StaleEdit.check(version, expectedVersion, "risk");
        if (groupId == boardId) {
            throw new Refused(null, "This risk is already on the board's register");
        }
        if (escalatedToGroupId != null) {
            throw new Refused(null, "This risk has already been escalated to the board");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("escalationReason", "Say why the risk needs the board's attention");
        }
        this.escalatedToGroupId = boardId;
        this.escalatedOn = on;
        this.escalationReason = reason.strip();
    }

    RiskRating rated(String by, LocalDate on, String reason) {
        return new RiskRating(partnershipId, id, on, by, getInherent(), getCurrent(), getTarget(), reason);
    }

    public boolean isReviewOverdue(LocalDate today) {
        return closedOn == null && reviewOn.isBefore(today);
    }

    public boolean isAboveAppetite() {
        return getCurrent().score() > appetite.tolerates();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    /** "R12". */
    public String getReference() {
        return "R" + id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getTitle() {
        return title;
    }

    public String getCause() {
        return cause;
    }

    public String getConsequence() {
        return consequence;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public String getControls() {
        return controls;
    }

    public Rating getInherent() {
        return new Rating(inherentLikelihood, inherentImpact);
    }

    public Rating getCurrent() {
        return new Rating(currentLikelihood, currentImpact);
    }

    public Rating getTarget() {
        return new Rating(targetLikelihood, targetImpact);
    }

    public String getTargetReason() {
        return targetReason;
    }

    public Appetite getAppetite() {
        return appetite;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public Long getEscalatedToGroupId() {
        return escalatedToGroupId;
    }

    public LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public int getVersion() {
        return version;
    }
}

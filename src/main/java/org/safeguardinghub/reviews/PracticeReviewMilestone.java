package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A step of a local review towards its report: when it is due and when it was done. */
@Entity
class PracticeReviewMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long practiceReviewId;
    private String name;
    private LocalDate dueOn;
    private LocalDate completedOn;
    @Version
    private int version;

    protected PracticeReviewMilestone() {
    }

    PracticeReviewMilestone(long partnershipId, long practiceReviewId, String name, LocalDate dueOn) {
        if (CaseReferral.blank(name)) {
            throw new Refused("milestoneName", "Enter the milestone");
        }
        if (dueOn == null) {
            throw new Refused("milestoneDueOn", "Enter the date the milestone is due");
        }
        this.partnershipId = partnershipId;
        this.practiceReviewId = practiceReviewId;
        this.name = name.strip();
        this.dueOn = dueOn;
    }

    void complete(int expectedVersion, LocalDate on) {
        StaleEdit.check(version, expectedVersion, "milestone");
        if (completedOn != null) {
            throw new Refused(null, "That milestone has already been marked as done");
        }
        this.completedOn = on;
    }

    void reschedule(int expectedVersion, LocalDate newDueOn) {
        StaleEdit.check(version, expectedVersion, "milestone");
        if (completedOn != null) {
            throw new Refused("milestone", "That milestone is done, so its date can no longer change");
        }
        if (newDueOn == null) {
            throw new Refused("movedTo", "Enter the date the milestone is now due");
        }
        this.dueOn = newDueOn;
    }

    public Long getId() { return id; }
    public Long getPracticeReviewId() { return practiceReviewId; }
    public String getName() { return name; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public int getVersion() { return version; }
}

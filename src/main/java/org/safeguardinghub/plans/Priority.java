package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;

/**
 * One of the plan's priorities: its strategic objective, how the partnership will do it ("how we
 * will do this") and how it will know ("we will know we are successful when"). Its measures are
 * {@link SuccessMeasure}s. A priority may be shared with another board, named in {@code sharedWith}.
 */
@Entity
@Table(name = "plan_priority")
@NamedInterface("api")
public class Priority implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long planId;
    private int position;
    private String title;
    private String objective;
    private String howWeWill;
    private String successStatements;
    private String sharedWith;
    @Version
    private int version;

    protected Priority() {
    }

    Priority(long partnershipId, long planId, int position, String title, String objective, String howWeWill,
            String successStatements, String sharedWith) {
        this.partnershipId = partnershipId;
        this.planId = planId;
        this.position = position;
        set(title, objective, howWeWill, successStatements, sharedWith);
    }

    void change(int expectedVersion, String title, String objective, String howWeWill, String successStatements,
            String sharedWith) {
        StaleEdit.check(version, expectedVersion, "priority");
        set(title, objective, howWeWill, successStatements, sharedWith);
    }

    private void set(String title, String objective, String howWeWill, String successStatements, String sharedWith) {
        if (title == null || title.isBlank()) {
            throw new Refused("title", "Enter the priority's name");
        }
        if (objective == null || objective.isBlank()) {
            throw new Refused("objective", "Enter the strategic objective");
        }
        this.title = title.strip();
        this.objective = objective.strip();
        this.howWeWill = Text.blankToNull(howWeWill);
        this.successStatements = Text.blankToNull(successStatements);
        this.sharedWith = Text.blankToNull(sharedWith);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    /** "Priority 1: Exploitation". */
    public String getName() {
        return "Priority " + position + ": " + title;
    }

    public String getObjective() {
        return objective;
    }

    public String getHowWeWill() {
        return howWeWill;
    }

    public List<String> getHowWeWillList() {
        return Text.lines(howWeWill);
    }

    public String getSuccessStatements() {
        return successStatements;
    }

    public List<String> getSuccessStatementList() {
        return Text.lines(successStatements);
    }

    public String getSharedWith() {
        return sharedWith;
    }

    public boolean isShared() {
        return sharedWith != null;
    }

    public int getVersion() {
        return version;
    }
}

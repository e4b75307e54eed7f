package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import org.safeguardinghub.audit.AuditedRecord;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;

/** The partnership's plan for a period of years: its vision, its core business and (held apart) its priorities. */
@Entity
@NamedInterface("api")
public class StrategicPlan implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private String title;
    private int startsYear;
    private int endsYear;
    private String vision;
    private String coreBusiness;
    @Version
    private int version;

    protected StrategicPlan() {
    }

    StrategicPlan(long partnershipId, String title, int startsYear, int endsYear, String vision, String coreBusiness) {
        this.partnershipId = partnershipId;
        set(title, startsYear, endsYear, vision, coreBusiness);
    }

    void change(int expectedVersion, String title, int startsYear, int endsYear, String vision, String coreBusiness) {
        StaleEdit.check(version, expectedVersion, "plan");
        set(title, startsYear, endsYear, vision, coreBusiness);
    }

    private void set(String title, int startsYear, int endsYear, String vision, String coreBusiness) {
        if (title == null || title.isBlank()) {
            throw new Refused("title", "Enter the plan's title");
        }
        if (endsYear < startsYear) {
            throw new Refused("endsYear", "The plan must end in or after the year it starts");
        }
        if (endsYear - startsYear > 10) {
            throw new Refused("endsYear", "A strategic plan covers at most ten years");
        }
        this.title = title.strip();
        this.startsYear = startsYear;
        this.endsYear = endsYear;
        this.vision = Text.blankToNull(vision);
        this.coreBusiness = Text.blankToNull(coreBusiness);
    }

    /** Whether a business plan starting in April of this year falls within the plan's period. */
    boolean covers(int businessYear) {
        return businessYear >= startsYear && businessYear <= endsYear;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getStartsYear() {
        return startsYear;
    }

    public int getEndsYear() {
        return endsYear;
    }

    public String getPeriod() {
        return startsYear + " to " + endsYear;
    }

    public String getVision() {
        return vision;
    }

    public String getCoreBusiness() {
        return coreBusiness;
    }

    public List<String> getCoreBusinessList() {
        return Text.lines(coreBusiness);
    }

    public int getVersion() {
        return version;
    }
}

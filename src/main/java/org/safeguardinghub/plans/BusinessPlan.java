package org.safeguardinghub.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/**
 * One year's business plan, April to March, delivering a strategic plan. Quarter 1 is April to
 * June. Each group's work plan is the plan's activities that group owns.
 */
@Entity
@NamedInterface("api")
public class BusinessPlan implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long strategicPlanId;
    private int startsYear;
    @Version
    private int version;

    protected BusinessPlan() {
    }

    BusinessPlan(long partnershipId, long strategicPlanId, int startsYear) {
        this.partnershipId = partnershipId;
        this.strategicPlanId = strategicPlanId;
        this.startsYear = startsYear;
    }

    /** The year whose April a date's business year starts in. */
    public static int businessYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public LocalDate startOf(int quarter) {
        return LocalDate.of(startsYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate endOf(int quarter) {
        return startOf(quarter).plusMonths(3).minusDays(1);
    }

    /** The quarter a date falls in, or 0 before the plan's year and 5 after it. */
    public int quarterOn(LocalDate date) {
        if (date.isBefore(startOf(1))) {
            return 0;
        }
        for (var q = 1; q <= 4; q++) {
            if (!date.isAfter(endOf(q))) {
                return q;
            }
        }
        return 5;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getStrategicPlanId() {
        return strategicPlanId;
    }

    public int getStartsYear() {
        return startsYear;
    }

    /** "2025 to 2026". */
    public String getYear() {
        return startsYear + " to " + (startsYear + 1);
    }

    public String getName() {
        return "Business plan " + getYear();
    }

    public int getVersion() {
        return version;
    }
}

package org.safeguardinghub.calendar;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;

/** A bank holiday in England. It must fall on a weekday: a holiday on a weekend is a substitute day on the Monday or Tuesday. */
@Entity
public class BankHoliday implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holiday_on")
    private LocalDate date;
    private String name;
    @Version
    private int version;

    protected BankHoliday() {
    }

    BankHoliday(LocalDate date, String name) {
        if (date == null) {
            throw new Refused("date", "Enter the date of the bank holiday");
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new Refused("date", "The bank holiday must be on a weekday. For a holiday that falls at a "
                    + "weekend, enter its substitute day");
        }
        if (name == null || name.isBlank()) {
            throw new Refused("name", "Enter the name of the bank holiday");
        }
        this.date = date;
        this.name = name.strip();
    }

    @Override
    public Long partnershipId() {
        return null;
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public int getVersion() { return version; }
}

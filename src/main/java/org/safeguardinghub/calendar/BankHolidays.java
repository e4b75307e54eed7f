package org.safeguardinghub.calendar;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank holidays in England, kept by system administrators (every change is in the audit trail),
 * and the working-day calendar they make. The list is read afresh each time, so a holiday added
 * today moves every clock at once.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class BankHolidays {

    private final BankHolidayRepository holidays;
    private final Clock clock;

    BankHolidays(BankHolidayRepository holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    public WorkingDays workingDays() {
        return new WorkingDays(holidays.findAll().stream().map(BankHoliday::getDate).toList());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<BankHoliday> all() {
        return holidays.findAllByOrderByDateAsc();
    }

    @Transactional
    public BankHoliday add(LocalDate date, String name) {
        if (date != null && holidays.existsByDate(date)) {
            throw new Refused("date", "There is already a bank holiday on that date");
        }
        return holidays.saveAndFlush(new BankHoliday(date, name));
    }

    @Transactional
    public void remove(long id, int expectedVersion) {
        var holiday = holidays.findById(id).orElseThrow(() -> new Refused(null, "That bank holiday has already been removed"));
        StaleEdit.check(holiday.getVersion(), expectedVersion, "bank holiday");
        holidays.delete(holiday);
        holidays.flush();
    }
}

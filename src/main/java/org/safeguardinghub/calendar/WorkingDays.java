package org.safeguardinghub.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Counts working days: Monday to Friday, less the given bank holidays. A clock of "five working
 * days from the day the authority became aware" ends on {@code plus(aware, 5)}: the day it starts
 * is not counted.
 */
@NamedInterface("api")
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The day {@code days} working days after {@code from}; {@code from} itself when {@code days} is 0. */
    public LocalDate plus(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative");
        }
        var date = from;
        var left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: how many working days are
     * left until a deadline, counted from today. Negative when {@code to} is before {@code from} (the
     * working days a deadline is overdue by, counting today).
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        var count = 0;
        for (var date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}

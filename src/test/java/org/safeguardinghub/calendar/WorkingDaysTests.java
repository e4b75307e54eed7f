package org.safeguardinghub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The working-day calculator, by examples from the real calendar and by properties over any dates. */
class WorkingDaysTests {

    /** The England and Wales bank holidays of 2020 to 2023, with their substitute and one-off days. */
    private static final WorkingDays ENGLAND = new WorkingDays(List.of(
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13), LocalDate.of(2020, 5, 8),
            LocalDate.of(2020, 5, 25), LocalDate.of(2020, 8, 31), LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28),
            LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 2), LocalDate.of(2021, 4, 5), LocalDate.of(2021, 5, 3),
            LocalDate.of(2021, 5, 31), LocalDate.of(2021, 8, 30), LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28),
            LocalDate.of(2022, 1, 3), LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 18), LocalDate.of(2022, 5, 2),
            LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 8, 29), LocalDate.of(2022, 9, 19),
            LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27), LocalDate.of(2023, 1, 2), LocalDate.of(2023, 5, 8)));

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(ENGLAND.isWorkingDay(LocalDate.of(2022, 6, 1))).isTrue();
        assertThat(ENGLAND.isWorkingDay(LocalDate.of(2022, 6, 2))).isFalse();
        assertThat(ENGLAND.isWorkingDay(LocalDate.of(2022, 6, 4))).as("Saturday").isFalse();
        assertThat(ENGLAND.isWorkingDay(LocalDate.of(2022, 9, 19))).as("the State Funeral").isFalse();
    }

    @Test
    void fiveWorkingDaysOverTheJubileeWeekendRunToTheFollowingWednesday() {
        // Aware on Wednesday 1 June 2022: Thursday and Friday were holidays, then the weekend.
        assertThat(ENGLAND.plus(LocalDate.of(2022, 6, 1), 5)).isEqualTo(LocalDate.of(2022, 6, 10));
    }

    @Test
    void fifteenWorkingDaysOverChristmasSkipTheSubstituteDays() {
        // Notified on Wednesday 22 December 2021: 23, 24, 29, 30 and 31 December count (27 and 28 are substitute days),
        // then 4 January on, as 3 January 2022 is a substitute day too: the fifteenth is Monday 17 January.
        assertThat(ENGLAND.plus(LocalDate.of(2021, 12, 22), 15)).isEqualTo(LocalDate.of(2022, 1, 17));
        assertThat(ENGLAND.between(LocalDate.of(2021, 12, 22), LocalDate.of(2022, 1, 17))).isEqualTo(15);
    }

    @Test
    void aDeadlinePassedCountsBackwards() {
        assertThat(ENGLAND.between(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 5))).isEqualTo(-2);
        assertThat(ENGLAND.between(LocalDate.of(2023, 5, 5), LocalDate.of(2023, 5, 5))).isZero();
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> ENGLAND.plus(LocalDate.of(2023, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 6).map(n -> LocalDate.of(2019, 6, 1).plusDays(n));
    }

    @Property
    void theDeadlineIsAWorkingDayExactlyThatManyWorkingDaysAway(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 200) int days) {
        var deadline = ENGLAND.plus(from, days);
        assertThat(ENGLAND.isWorkingDay(deadline)).isTrue();
        assertThat(ENGLAND.between(from, deadline)).isEqualTo(days);
        assertThat(ENGLAND.between(from, deadline.minusDays(1))).isEqualTo(days - 1);
    }

    @Property
    void countingIsAntisymmetricAndAdditive(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
            @ForAll("dates") LocalDate c) {
        assertThat(ENGLAND.between(a, b)).isEqualTo(-ENGLAND.between(b, a));
        assertThat(ENGLAND.between(a, c)).isEqualTo(ENGLAND.between(a, b) + ENGLAND.between(b, c));
    }

    @Property
    void moreDaysNeverEndsSooner(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 100) int days) {
        assertThat(ENGLAND.plus(from, days + 1)).isAfter(ENGLAND.plus(from, days));
    }

    @Property
    void withoutHolidaysAWeekIsFiveWorkingDays(@ForAll("dates") LocalDate from) {
        var plain = new WorkingDays(List.of());
        assertThat(plain.between(from, from.plusWeeks(1))).isEqualTo(5);
        var weekday = from.getDayOfWeek() != DayOfWeek.SATURDAY && from.getDayOfWeek() != DayOfWeek.SUNDAY;
        assertThat(plain.plus(from, 5)).isEqualTo(weekday ? from.plusWeeks(1) : plain.plus(from, 5));
    }

    @Property
    void aHolidayNeverMakesADeadlineEarlier(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate holiday,
            @ForAll @IntRange(min = 1, max = 60) int days) {
        var withHoliday = new WorkingDays(List.of(holiday));
        assertThat(withHoliday.plus(from, days)).isAfterOrEqualTo(new WorkingDays(List.of()).plus(from, days));
    }
}

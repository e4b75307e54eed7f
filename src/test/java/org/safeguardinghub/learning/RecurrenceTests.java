package org.safeguardinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.learning.Recurrence.Occurrence;

class RecurrenceTests {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 10);

    private static Occurrence finding(long id, LocalDate on, LocalDate closedOn) {
        return new Occurrence(id, "Review " + id, on, closedOn);
    }

    @Test
    void aFindingIsClosedWhenEveryActionIsClosedOnTheLastClosingDate() {
        assertThat(Recurrence.closedOn(List.of(JAN, JAN.plusDays(5), JAN.plusDays(2)))).contains(JAN.plusDays(5));
        assertThat(Recurrence.closedOn(Arrays.asList(JAN, null))).isEmpty();
        assertThat(Recurrence.closedOn(List.of())).as("no actions raised is not acted on").isEmpty();
    }

    @Test
    void aThemeComesBackWhenALaterFindingIsDatedAfterAnEarlierFindingsActionsWereClosed() {
        var earlier = finding(1, JAN, JAN.plusMonths(3));
        var later = finding(2, JAN.plusMonths(5), null);
        var recurrence = Recurrence.afterClosure(List.of(later, earlier)).orElseThrow();
        assertThat(recurrence.earlier()).isEqualTo(earlier);
        assertThat(recurrence.later()).isEqualTo(later);
    }

    @Test
    void aFindingWhileTheEarlierActionsAreStillOpenIsRepeatedButNotAfterClosure() {
        var earlier = finding(1, JAN, null);
        var later = finding(2, JAN.plusMonths(5), null);
        assertThat(Recurrence.afterClosure(List.of(earlier, later))).isEmpty();
    }

    @Test
    void aFindingBeforeOrOnTheClosingDayIsNotAfterClosure() {
        var earlier = finding(1, JAN, JAN.plusMonths(3));
        assertThat(Recurrence.afterClosure(List.of(earlier, finding(2, JAN.plusMonths(2), null)))).isEmpty();
        assertThat(Recurrence.afterClosure(List.of(earlier, finding(3, JAN.plusMonths(3), null)))).isEmpty();
        assertThat(Recurrence.afterClosure(List.of(earlier, finding(4, JAN.plusMonths(3).plusDays(1), null)))).isPresent();
    }

    @Test
    void oneFindingAloneNeverRecurs() {
        assertThat(Recurrence.afterClosure(List.of(finding(1, JAN.plusMonths(6), JAN)))).isEmpty();
    }

    @Test
    void theFirstReturnIsReported() {
        var first = finding(1, JAN, JAN.plusMonths(1));
        var second = finding(2, JAN.plusMonths(2), JAN.plusMonths(3));
        var third = finding(3, JAN.plusMonths(9), null);
        var recurrence = Recurrence.afterClosure(List.of(third, second, first)).orElseThrow();
        assertThat(recurrence.later()).isEqualTo(second);
        assertThat(recurrence.earlier()).isEqualTo(first);
    }
}

package org.safeguardinghub.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationResponsivenessTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static ResponseTime time(LocalDate raised, String firstUpdate) {
        return new ResponseTime(9L, raised, raised.plusDays(7), firstUpdate == null ? null : Instant.parse(firstUpdate));
    }

    @Test
    void countsTheShareUpdatedByTheFirstDateToRespondByAndTheMedianDays() {
        var figures = OrganisationResponsiveness.of(9, "West Mercia Police", List.of(
                time(LocalDate.of(2026, 6, 1), "2026-06-03T10:00:00Z"),  // 2 days: in time
                time(LocalDate.of(2026, 6, 1), "2026-06-08T22:30:00Z"),  // 8 June in UTC is still 8 June in London: 7 days, in time
                time(LocalDate.of(2026, 6, 1), "2026-06-08T23:30:00Z"),  // 9 June in London: 8 days, late
                time(LocalDate.of(2026, 6, 1), null),                    // no update, date passed: waiting
                time(LocalDate.of(2026, 6, 28), null)),                  // still inside its period: not counted either way
                TODAY, LONDON);
        assertThat(figures.asked()).isEqualTo(5);
        assertThat(figures.dueAnAnswer()).isEqualTo(4);
        assertThat(figures.answeredInTime()).isEqualTo(2);
        assertThat(figures.waitingPastDate()).isEqualTo(1);
        assertThat(figures.percentInTime()).isEqualTo(50);
        assertThat(figures.shareText()).isEqualTo("50% (2 of 4)");
        assertThat(figures.medianDaysToFirstUpdate()).isEqualTo(7.0);
        assertThat(figures.medianText()).isEqualTo("7 days");
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwoAndNothingDueYetIsSaid() {
        assertThat(OrganisationResponsiveness.median(List.of(4L, 1L, 2L, 9L))).isEqualTo(3.0);
        assertThat(OrganisationResponsiveness.median(List.of(1L, 2L))).isEqualTo(1.5);
        assertThat(OrganisationResponsiveness.median(List.of())).isNull();
        var fresh = OrganisationResponsiveness.of(9, "Fire", List.of(time(TODAY, null)), TODAY, LONDON);
        assertThat(fresh.percentInTime()).isNull();
        assertThat(fresh.shareText()).isEqualTo("None due yet");
        assertThat(fresh.medianText()).isEqualTo("No updates yet");
    }
}

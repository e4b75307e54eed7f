package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTests {

    private final Membership seat = new Membership(1, 2, 3, null, MembershipRole.MEMBER, null,
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    @Test
    void isCurrentOnlyBetweenItsDatesInclusive() {
        assertThat(seat.isCurrent(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(seat.isCurrent(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(seat.isCurrent(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(seat.isCurrent(LocalDate.of(2023, 12, 31))).isFalse();
    }

    @Test
    void overlapsSharedDaysAndOpenEndedPeriods() {
        assertThat(seat.overlaps(LocalDate.of(2024, 12, 31), null)).isTrue();
        assertThat(seat.overlaps(LocalDate.of(2025, 1, 1), null)).isFalse();
        assertThat(seat.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(seat.overlaps(LocalDate.of(2020, 1, 1), null)).isTrue();
    }

    @Test
    void refusesAnEndBeforeItsStartAndBeingItsOwnDeputy() {
        assertThatThrownBy(() -> new Membership(1, 2, 3, null, MembershipRole.MEMBER, null, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1))).hasMessageContaining("end date");
        assertThatThrownBy(() -> new Membership(1, 2, 3, null, MembershipRole.MEMBER, 3L, LocalDate.of(2024, 2, 1), null))
                .hasMessageContaining("own deputy");
    }

    @Test
    void anEditFromAnOldVersionIsStale() {
        assertThatThrownBy(() -> seat.update(7, null, MembershipRole.CHAIR, null, LocalDate.of(2024, 1, 1), null))
                .isInstanceOf(StaleEdit.class);
    }
}

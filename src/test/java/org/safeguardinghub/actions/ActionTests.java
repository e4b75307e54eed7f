package org.safeguardinghub.actions;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTests {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Action action(LocalDate due) {
        return new Action(1, null, "Review the neglect toolkit", false, due, ActionSource.raisedDirectly(), "bu",
                LocalDate.of(2026, 11, 1), Instant.parse("2026-11-01T09:00:00Z"), 7, false);
    }

    @Test
    void ownersAreAskedToRespondWithinTheResponsePeriod() {
        assertThat(action(null).getRespondBy()).isEqualTo(LocalDate.of(2026, 11, 8));
    }

    @Test
    void movesFromOpenThroughDoneToClosedAndTakesNoUpdatesOnceClosed() {
        var action = action(null);
        action.update(0, "owner", "Started", ActionStatus.IN_PROGRESS, now);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        action.update(0, "owner", "Finished", ActionStatus.DONE_BY_OWNER, now);
        action.close(0, "bu", "Agreed complete", LocalDate.of(2026, 11, 22), now);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.CLOSED);
        assertThat(action.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThatThrownBy(() -> action.update(0, "owner", "More", ActionStatus.IN_PROGRESS, now))
                .isInstanceOf(Refused.class).hasMessageContaining("Reopen it");
        action.reopen(0, "bu", "Not finished after all", now);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.getClosedOn()).isNull();
    }

    @Test
    void anUpdateCannotCloseAnActionAndNeedsWords() {
        var action = action(null);
        assertThatThrownBy(() -> action.update(0, "owner", "Done", ActionStatus.CLOSED, now))
                .hasMessage("Only the group closes an action");
        assertThatThrownBy(() -> action.update(0, "owner", "  ", ActionStatus.IN_PROGRESS, now))
                .hasMessage("Write what has been done");
    }

    @Test
    void anUpdateWrittenAgainstAnOlderVersionIsRefused() {
        assertThatThrownBy(() -> action(null).update(3, "owner", "Late", ActionStatus.IN_PROGRESS, now))
                .isInstanceOf(StaleEdit.class).hasMessageContaining("Someone else changed this action");
    }

    @Test
    void chasingGivesTheOwnersTheResponsePeriodFromTodayAndSaysSoInTheLog() {
        var action = action(LocalDate.of(2026, 12, 1));
        var chasedAt = Instant.parse("2026-11-20T14:00:00Z");
        var line = action.chase(0, "bu", LocalDate.of(2026, 11, 20), 7, chasedAt);
        assertThat(action.getRespondBy()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(action.getFirstRespondBy()).as("the first date asked is kept for the figures").isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(action.getAskedAt()).isEqualTo(chasedAt);
        assertThat(line.getKind()).isEqualTo(ActionUpdate.Kind.CHASE);
        assertThat(line.getNote()).isEqualTo("Owners asked again to respond by 27 November 2026");
        assertThat(line.getStatusAfter()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void onlyAnActionStillWithItsOwnersCanBeChasedAndOnlyFromTheCurrentVersion() {
        var action = action(null);
        assertThatThrownBy(() -> action.chase(2, "bu", LocalDate.of(2026, 11, 20), 7, now))
                .isInstanceOf(StaleEdit.class).hasMessageContaining("Someone else changed this action");
        action.update(0, "owner", "Done", ActionStatus.DONE_BY_OWNER, now);
        assertThatThrownBy(() -> action.chase(0, "bu", LocalDate.of(2026, 11, 20), 7, now))
                .hasMessage("Only an open or in-progress action can be chased");
        assertThat(action.getRespondBy()).isEqualTo(LocalDate.of(2026, 11, 8));
    }

    @Test
    void updatesClosingAndReopeningAreDifferentKindsOfLine() {
        var action = action(null);
        assertThat(action.update(0, "owner", "Done", ActionStatus.DONE_BY_OWNER, now).getKind()).isEqualTo(ActionUpdate.Kind.UPDATE);
        assertThat(action.close(0, "bu", "Agreed", LocalDate.of(2026, 11, 22), now).getKind()).isEqualTo(ActionUpdate.Kind.CLOSE);
        assertThat(action.reopen(0, "bu", "Not yet", now).getKind()).isEqualTo(ActionUpdate.Kind.REOPEN);
    }

    @Test
    void isOverdueOnlyWhilePastItsDateAndStillWithItsOwners() {
        var action = action(LocalDate.of(2026, 11, 10));
        assertThat(action.isOverdue(LocalDate.of(2026, 11, 10))).isFalse();
        assertThat(action.isOverdue(LocalDate.of(2026, 11, 11))).isTrue();
        action.update(0, "owner", "Done", ActionStatus.DONE_BY_OWNER, now);
        assertThat(action.isOverdue(LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(action(null).isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
    }
}

package org.safeguardinghub.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.actions.Reminder.Sent;

class ReminderTests {

    private static final LocalDate RAISED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private Action action(LocalDate raised, LocalDate due) {
        return new Action(1, null, "Send the audit figures", false, due, ActionSource.raisedDirectly(), "bu", raised,
                Instant.parse("2026-03-02T09:00:00Z"), 7, false);
    }

    @Test
    void aReminderSevenDaysBeforeTheDueDateOnceEvenIfTheJobMissedTheFirstDay() {
        var action = action(RAISED, DUE);
        assertThat(Reminder.dueFor(action, DUE.minusDays(8), 7, List.of())).isEmpty();
        assertThat(Reminder.dueFor(action, DUE.minusDays(7), 7, List.of())).contains(Reminder.BEFORE_DUE);
        assertThat(Reminder.dueFor(action, DUE.minusDays(5), 7, List.of())).as("a missed day is caught up").contains(Reminder.BEFORE_DUE);
        var sent = List.of(new Sent(Reminder.BEFORE_DUE, DUE, DUE.minusDays(7)));
        assertThat(Reminder.dueFor(action, DUE.minusDays(7), 7, sent)).isEmpty();
        assertThat(Reminder.dueFor(action, DUE.minusDays(1), 7, sent)).isEmpty();
    }

    @Test
    void aReminderOnTheDayThenWeeklyWhileOverdue() {
        var action = action(RAISED, DUE);
        assertThat(Reminder.dueFor(action, DUE, 7, List.of())).contains(Reminder.DUE);
        assertThat(Reminder.dueFor(action, DUE, 7, List.of(new Sent(Reminder.DUE, DUE, DUE)))).isEmpty();

        var firstOverdue = DUE.plusDays(1);
        assertThat(Reminder.dueFor(action, firstOverdue, 7, List.of())).contains(Reminder.OVERDUE);
        var sent = List.of(new Sent(Reminder.OVERDUE, DUE, firstOverdue));
        assertThat(Reminder.dueFor(action, firstOverdue, 7, sent)).isEmpty();
        assertThat(Reminder.dueFor(action, firstOverdue.plusDays(6), 7, sent)).as("not daily").isEmpty();
        assertThat(Reminder.dueFor(action, firstOverdue.plusDays(7), 7, sent)).as("weekly").contains(Reminder.OVERDUE);
    }

    @Test
    void noRemindersOnceTheOwnersAreDoneOrWithoutADueDate() {
        var done = action(RAISED, DUE);
        done.update(0, "owner", "Sent", ActionStatus.DONE_BY_OWNER, Instant.now());
        assertThat(Reminder.dueFor(done, DUE, 7, List.of())).isEmpty();
        assertThat(Reminder.dueFor(action(RAISED, null), DUE, 7, List.of())).isEmpty();
    }

    @Test
    void noReminderTheDayAnActionIsRaisedNorABeforeReminderForOneRaisedInsideTheWindow() {
        assertThat(Reminder.dueFor(action(DUE, DUE), DUE, 7, List.of())).as("raised on its due date").isEmpty();
        var late = action(DUE.minusDays(3), DUE);
        assertThat(Reminder.dueFor(late, DUE.minusDays(2), 7, List.of())).as("the request to respond gave the date").isEmpty();
        assertThat(Reminder.dueFor(late, DUE, 7, List.of())).contains(Reminder.DUE);
    }

    @Test
    void aNewDueDateGetsItsOwnReminders() {
        var action = action(RAISED, DUE);
        var sentForAnEarlierDate = List.of(new Sent(Reminder.DUE, DUE.minusDays(10), DUE.minusDays(10)));
        assertThat(Reminder.dueFor(action, DUE, 7, sentForAnEarlierDate)).contains(Reminder.DUE);
    }
}

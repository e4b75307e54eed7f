package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Reminders about an action's due date: some days before it, on the day, and while it is overdue
 * once a week. Only actions still with their owners get them, and none on the day an action is
 * raised (the email asking owners to respond has just given them the date).
 */
enum Reminder {
    BEFORE_DUE, DUE, OVERDUE;

    static final int OVERDUE_EVERY_DAYS = 7;

    /** A reminder already sent for an action. */
    record Sent(Reminder reminder, LocalDate dueOn, LocalDate sentOn) {
    }

    /** The reminder due today, if any, given those already sent. */
    static Optional<Reminder> dueFor(Action action, LocalDate today, int daysBefore, Collection<Sent> sent) {
        var due = action.getDueOn();
        if (due == null || !action.getStatus().isOutstanding() || !action.getRaisedOn().isBefore(today)) {
            return Optional.empty();
        }
        var forThisDate = sent.stream().filter(s -> s.dueOn().equals(due)).toList();
        if (today.isAfter(due)) {
            var sentThisWeek = forThisDate.stream().anyMatch(s -> s.reminder() == OVERDUE
                    && s.sentOn().isAfter(today.minusDays(OVERDUE_EVERY_DAYS)));
            return sentThisWeek ? Optional.empty() : Optional.of(OVERDUE);
        }
        if (today.equals(due)) {
            return forThisDate.stream().anyMatch(s -> s.reminder() == DUE) ? Optional.empty() : Optional.of(DUE);
        }
        var windowOpens = due.minusDays(daysBefore);
        if (today.isBefore(windowOpens) || !action.getRaisedOn().isBefore(windowOpens)) {
            return Optional.empty();
        }
        return forThisDate.stream().anyMatch(s -> s.reminder() == BEFORE_DUE) ? Optional.empty() : Optional.of(BEFORE_DUE);
    }
}

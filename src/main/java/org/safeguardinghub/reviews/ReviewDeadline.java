package org.safeguardinghub.reviews;

import java.time.LocalDate;

/**
 * A case review's due date counted in working days: what is due (the Panel notification, the rapid
 * review, an agency's information, a practice review milestone), by when, and how many working days
 * are left (negative when overdue). Red when overdue, amber with {@code amberDays} working days or
 * fewer left. Made by {@link StatutoryClocks}.
 */
record ReviewDeadline(String what, LocalDate dueOn, int workingDaysLeft, int amberDays) {

    public String rag() {
        return workingDaysLeft < 0 ? "Red" : workingDaysLeft <= amberDays ? "Amber" : "Green";
    }

    public boolean isOverdue() {
        return workingDaysLeft < 0;
    }

    public String describeLeft() {
        if (workingDaysLeft < 0) {
            var n = -workingDaysLeft;
            return "Overdue by " + n + (n == 1 ? " working day" : " working days");
        }
        if (workingDaysLeft == 0) {
            return "Due today";
        }
        return workingDaysLeft + (workingDaysLeft == 1 ? " working day left" : " working days left");
    }
}

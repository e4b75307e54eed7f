package org.safeguardinghub.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.safeguardinghub.calendar.BankHolidays;
import org.safeguardinghub.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working-day clocks case reviews run against, counted in England ({@link BankHolidays}): the
 * national Panel is notified within {@code hub.reviews.notification-working-days} (5) of the local
 * authority becoming aware, and a rapid review runs {@code hub.reviews.rapid-review-working-days}
 * (15) from the notification. A clock turns amber {@code hub.reviews.amber-working-days} (3) before
 * it is due.
 */
@Component
class StatutoryClocks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final BankHolidays holidays;
    private final Clock clock;
    private final int notificationDays;
    private final int rapidReviewDays;
    private final int amberDays;

    StatutoryClocks(BankHolidays holidays, Clock clock,
            @Value("${hub.reviews.notification-working-days:5}") int notificationDays,
            @Value("${hub.reviews.rapid-review-working-days:15}") int rapidReviewDays,
            @Value("${hub.reviews.amber-working-days:3}") int amberDays) {
        this.holidays = holidays;
        this.clock = clock;
        this.notificationDays = notificationDays;
        this.rapidReviewDays = rapidReviewDays;
        this.amberDays = amberDays;
    }

    /** A day as the case review pages and emails write it: 4 March 2026. */
    static String format(LocalDate date) {
        return DAY.format(date);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The calendar as it stands now; read it once when counting many clocks. */
    WorkingDays workingDays() {
        return holidays.workingDays();
    }

    int notificationDays() {
        return notificationDays;
    }

    int rapidReviewDays() {
        return rapidReviewDays;
    }

    /** The day the national Panel must be notified by. */
    LocalDate panelNotificationDue(IncidentNotification notification) {
        return panelNotificationDue(workingDays(), notification);
    }

    LocalDate panelNotificationDue(WorkingDays days, IncidentNotification notification) {
        return days.plus(notification.getBecameAwareOn(), notificationDays);
    }

    /** The day a rapid review started on {@code startedOn} must be completed by. */
    LocalDate rapidReviewDue(LocalDate startedOn) {
        return rapidReviewDue(workingDays(), startedOn);
    }

    LocalDate rapidReviewDue(WorkingDays days, LocalDate startedOn) {
        return days.plus(startedOn, rapidReviewDays);
    }

    /** The day {@code workingDays} after today. */
    LocalDate workingDaysFromToday(int workingDays) {
        return workingDays().plus(today(), workingDays);
    }

    ReviewDeadline deadline(String what, LocalDate dueOn) {
        return deadline(workingDays(), what, dueOn);
    }

    ReviewDeadline deadline(WorkingDays days, String what, LocalDate dueOn) {
        return new ReviewDeadline(what, dueOn, days.between(today(), dueOn), amberDays);
    }
}

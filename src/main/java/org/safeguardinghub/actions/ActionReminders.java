package org.safeguardinghub.actions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tracker's scheduled emails: reminders about due dates each day, and each person's list of
 * their outstanding actions each week. Both can be run again for the same day or week without
 * sending anything twice; tests call them with the date they want.
 */
@Component
public class ActionReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);
    private static final List<ActionStatus> OUTSTANDING = List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final ActionRepository actions;
    private final ActionReminderRepository reminders;
    private final ActionTracker tracker;
    private final ActionMail mail;
    private final Partnerships partnerships;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int daysBefore;

    ActionReminders(ActionRepository actions, ActionReminderRepository reminders, ActionTracker tracker, ActionMail mail,
            Partnerships partnerships, PlatformTransactionManager transactions, Clock clock,
            @Value("${hub.actions.reminders.days-before:7}") int daysBefore) {
        this.actions = actions;
        this.reminders = reminders;
        this.tracker = tracker;
        this.mail = mail;
        this.partnerships = partnerships;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${hub.actions.reminders.cron}")
    void sendTodaysReminders() {
        log.info("Action reminders: {} sent", sendReminders(LocalDate.now(clock)));
    }

    @Scheduled(cron = "${hub.actions.digest.cron}")
    void sendThisWeeksDigests() {
        log.info("Weekly action digests: {} sent", sendDigests(LocalDate.now(clock)));
    }

    /**
     * Sends the reminders due on {@code today}, each action in its own transaction with the record
     * that it was sent. Returns how many actions had a reminder.
     */
    public int sendReminders(LocalDate today) {
        var candidates = actions.findByStatusInAndDueOnNotNullOrderById(OUTSTANDING);
        var sent = reminders.findByActionIdIn(candidates.stream().map(Action::getId).toList()).stream()
                .collect(Collectors.groupingBy(ActionReminder::getActionId,
                        Collectors.mapping(ActionReminder::toSent, Collectors.toList())));
        var count = 0;
        var byPartnership = candidates.stream().collect(Collectors.groupingBy(Action::partnershipId,
                LinkedHashMap::new, Collectors.toList()));
        for (var entry : byPartnership.entrySet()) {
            ActionMail.AddressBook book = null;
            for (var action : entry.getValue()) {
                var due = Reminder.dueFor(action, today, daysBefore, sent.getOrDefault(action.getId(), List.of()));
                if (due.isEmpty()) {
                    continue;
                }
                if (book == null) {
                    book = mail.addressBook(entry.getKey());
                }
                var addresses = book;
                var reminder = due.get();
                var written = transaction.execute(status -> {
                    if (reminders.record(action.getId(), reminder.name(), action.getDueOn(), today) == 0) {
                        return false;
                    }
                    mail.remind(addresses, tracker.describe(entry.getKey(), List.of(action)).getFirst(), reminder, today);
                    return true;
                });
                if (Boolean.TRUE.equals(written)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Sends each person one email listing the outstanding actions they own, themselves or as an
     * agency representative of an owning organisation, unless they have had this week's already.
     * Returns how many were sent.
     */
    public int sendDigests(LocalDate today) {
        var weekOf = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var linesByAddress = new LinkedHashMap<String, List<ActionMail.DigestLine>>();
        for (Partnership partnership : partnerships.all()) {
            var outstanding = actions.findByPartnershipIdAndStatusIn(partnership.getId(), OUTSTANDING);
            if (outstanding.isEmpty()) {
                continue;
            }
            var book = mail.addressBook(partnership.getId());
            for (var tracked : tracker.describe(partnership.getId(), outstanding)) {
                for (var address : book.addressesFor(tracked)) {
                    linesByAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(new ActionMail.DigestLine(book, tracked));
                }
            }
        }
        var count = 0;
        for (var entry : linesByAddress.entrySet()) {
            var lines = new ArrayList<>(entry.getValue());
            lines.sort(Comparator.<ActionMail.DigestLine, LocalDate>comparing(l -> l.tracked().action().getDueOn(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(l -> l.tracked().action().getId()));
            var written = transaction.execute(status -> {
                if (reminders.recordDigest(entry.getKey(), weekOf, lines.size()) == 0) {
                    return false;
                }
                mail.digest(entry.getKey(), lines, today);
                return true;
            });
            if (Boolean.TRUE.equals(written)) {
                count++;
            }
        }
        return count;
    }
}

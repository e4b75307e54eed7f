package org.safeguardinghub.actions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reminder sent about an action's due date (written by {@link ActionReminderRepository#record}). */
@Entity
@Table(name = "action_reminder")
class ActionReminder {

    @Id
    private Long id;
    private Long actionId;
    @Enumerated(EnumType.STRING)
    private Reminder kind;
    private LocalDate dueOn;
    private LocalDate sentOn;

    protected ActionReminder() {
    }

    Long getActionId() {
        return actionId;
    }

    Reminder.Sent toSent() {
        return new Reminder.Sent(kind, dueOn, sentOn);
    }
}

package org.safeguardinghub.actions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated line in an action's log. */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

    /** An update is an owner's (or the business unit's) response; the others are the group's doing. */
    public enum Kind {
        UPDATE, CLOSE, REOPEN, CHASE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long actionId;
    private String writtenBy;
    private Instant writtenAt;
    private String note;
    @Enumerated(EnumType.STRING)
    private ActionStatus statusAfter;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected ActionUpdate() {
    }

    ActionUpdate(Long actionId, String writtenBy, String note, ActionStatus statusAfter, Kind kind, Instant writtenAt) {
        this.actionId = actionId;
        this.writtenBy = writtenBy;
        this.note = note.trim();
        this.statusAfter = statusAfter;
        this.kind = kind;
        this.writtenAt = writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getNote() {
        return note;
    }

    public Kind getKind() {
        return kind;
    }

    public ActionStatus getStatusAfter() {
        return statusAfter;
    }
}

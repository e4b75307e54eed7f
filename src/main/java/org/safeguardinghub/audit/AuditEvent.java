package org.safeguardinghub.audit;

import java.time.Instant;
import java.util.Map;

/** One line of the trail; before and after hold the record's fields as they were and became. */
public record AuditEvent(long id, Instant occurredAt, String actor, Long partnershipId, AuditAction action,
        String recordType, String recordId, String summary, Map<String, Object> before, Map<String, Object> after) {

    /** Fields whose value differs between before and after, for the history view. */
    public java.util.List<FieldChange> changes() {
        var names = new java.util.TreeSet<String>();
        if (before != null) names.addAll(before.keySet());
        if (after != null) names.addAll(after.keySet());
        var changes = new java.util.ArrayList<FieldChange>();
        for (var name : names) {
            Object was = before == null ? null : before.get(name);
            Object now = after == null ? null : after.get(name);
            if (!java.util.Objects.equals(was, now)) {
                changes.add(new FieldChange(name, was, now));
            }
        }
        return changes;
    }

    public record FieldChange(String field, Object before, Object after) {
    }
}

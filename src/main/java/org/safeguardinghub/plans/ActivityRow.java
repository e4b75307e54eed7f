package org.safeguardinghub.plans;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** An activity with the names a page needs and its progress update for each quarter reported. */
@NamedInterface("api")
public record ActivityRow(PlanActivity activity, String priorityName, String groupName, String ownerName,
        Map<Integer, ProgressUpdate> updates) {

    public ProgressUpdate in(int quarter) {
        return updates.get(quarter);
    }

    /** The latest update, or null before the first. */
    public ProgressUpdate latest() {
        return updates.keySet().stream().max(Integer::compare).map(updates::get).orElse(null);
    }

    public boolean isOverdue(LocalDate today) {
        var latest = latest();
        return activity.isOverdue(today) && (latest == null || latest.getRag() != Rag.COMPLETE);
    }
}

package org.safeguardinghub.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A synthetic action's log of updates, as the generators write it: always for work under way or
 * finished, sometimes for open actions; days apart, never after today; the last one leaves the
 * action in its status (a closing update for a closed action).
 */
final class SyntheticActionLog {

    private SyntheticActionLog() {
    }

    /** Adds the log's rows to {@code action_update}; answers how many. */
    static int write(BulkRows rows, long actionId, String status, LocalDate raisedOn, LocalDate today, String by,
            Random random, Supplier<String> note) {
        int count = switch (status) {
            case "OPEN" -> random.nextInt(100) < 20 ? 1 : 0;
            case "IN_PROGRESS" -> 1 + random.nextInt(2);
            default -> random.nextInt(100) < 60 ? 1 + random.nextInt(2) : 0;
        };
        var written = raisedOn.atTime(9, 0).toInstant(ZoneOffset.UTC);
        var end = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        int made = 0;
        for (int u = 0; u < count; u++) {
            written = written.plusSeconds(86_400L * (3 + random.nextInt(30)) + random.nextInt(28_800));
            if (written.isAfter(end)) {
                break;
            }
            var after = u == count - 1 && !status.equals("OPEN") ? status : "IN_PROGRESS";
            rows.add(BulkTable.ACTION_UPDATE, actionId, by, written.toString(), note.get(), after, after.equals("CLOSED") ? "CLOSE" : "UPDATE");
            made++;
        }
        return made;
    }

    /** Where an action stands, from how its due date (or, without one, three months on) compares with today. */
    static String status(LocalDate reference, LocalDate today, java.util.Random random) {
        int roll = random.nextInt(100);
        if (!reference.isBefore(today)) {
            return roll < 58 ? "OPEN" : roll < 94 ? "IN_PROGRESS" : "DONE_BY_OWNER";
        } else if (reference.isBefore(today.minusDays(180))) {
            return roll < 91 ? "CLOSED" : roll < 95 ? "DONE_BY_OWNER" : roll < 98 ? "IN_PROGRESS" : "OPEN";
        }
        return roll < 50 ? "CLOSED" : roll < 65 ? "DONE_BY_OWNER" : roll < 85 ? "IN_PROGRESS" : "OPEN";
    }
}

package org.safeguardinghub.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rows waiting to be bulk-inserted by {@link TableWriter}, inserted table by table in the order of
 * {@link BulkTable} (parents before children, so each statement's foreign keys hold). Each row
 * gives a value for every column its table declares, in that order.
 */
final class BulkRows {

    private final TableWriter writer;
    private final Map<BulkTable, List<Object[]>> waiting = new EnumMap<>(BulkTable.class);
    private final Map<BulkTable, Integer> added = new EnumMap<>(BulkTable.class);
    private int pending;

    BulkRows(TableWriter writer) {
        this.writer = writer;
    }

    void add(BulkTable table, Object... row) {
        if (row.length != table.columns().size()) {
            throw new IllegalArgumentException("A row of " + table.table() + " has " + row.length + " values for its "
                    + table.columns().size() + " columns " + table.columns());
        }
        waiting.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        added.merge(table, 1, Integer::sum);
        pending++;
    }

    /** How many rows are held. */
    int pending() {
        return pending;
    }

    /** How many rows have been added to the table, inserted or not. */
    int added(BulkTable table) {
        return added.getOrDefault(table, 0);
    }

    /** Inserts everything held, parents before children. */
    void flush() {
        for (var entry : waiting.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                writer.insert(entry.getKey(), entry.getValue());
                entry.getValue().clear();
            }
        }
        pending = 0;
    }

    /** Inserts everything held once there is a lot of it, to keep memory bounded. */
    void flushIfOver(int rows) {
        if (pending > rows) {
            flush();
        }
    }
}

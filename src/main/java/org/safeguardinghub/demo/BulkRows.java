package org.safeguardinghub.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows waiting to be bulk-inserted by {@link SyntheticData#insert}, table by table in the order the
 * tables were declared (parents before children, so each statement's foreign keys hold).
 */
final class BulkRows {

    private final SyntheticData data;
    private final Map<String, List<Object[]>> byTable = new LinkedHashMap<>();
    private final Map<String, String[]> shape = new HashMap<>();
    private int pending;

    BulkRows(SyntheticData data) {
        this.data = data;
    }

    /** Declares a table with its columns and their PostgreSQL types, both comma-separated. */
    BulkRows table(String name, String columns, String types) {
        byTable.put(name, new ArrayList<>());
        shape.put(name, new String[] {columns, types});
        return this;
    }

    void add(String table, Object... row) {
        byTable.get(table).add(row);
        pending++;
    }

    /** How many rows are held. */
    int pending() {
        return pending;
    }

    /** Inserts everything held, parents before children. */
    void flush() {
        for (var entry : byTable.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                var s = shape.get(entry.getKey());
                data.insert(entry.getKey(), s[0], s[1], entry.getValue());
                entry.getValue().clear();
            }
        }
        pending = 0;
    }
}

package org.safeguardinghub.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the synthetic generators' rows: one statement per {@value #CHUNK} rows, each column sent
 * as one text array that PostgreSQL casts to the column's type (as the schema declares it) and
 * unnests into rows. Ids come from the tables' own identity sequences, so rows can refer to each
 * other before they are inserted.
 */
@Component
class TableWriter {

    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<BulkTable, List<String>> types = new ConcurrentHashMap<>();

    TableWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch of rows for any of the tables, inserted parents before children when flushed. */
    BulkRows rows() {
        return new BulkRows(this);
    }

    /** Ids from the table's identity sequence; ids left unused are gaps, nothing more. */
    long[] ids(BulkTable table, int count) {
        var list = jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class, table.table(), count);
        return list.stream().mapToLong(Long::longValue).toArray();
    }

    void insert(BulkTable table, List<Object[]> rows) {
        var typeList = typesOf(table);
        var casts = new StringBuilder();
        for (int c = 0; c < typeList.size(); c++) {
            casts.append(c == 0 ? "" : ", ").append("?::text[]::").append(typeList.get(c)).append("[]");
        }
        var sql = "insert into " + table.table() + " (" + String.join(", ", table.columns()) + ")"
                + (table.givesIds() ? " overriding system value" : "") + " select * from unnest(" + casts + ")";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            jdbc.update(sql, ps -> {
                for (int c = 0; c < typeList.size(); c++) {
                    var values = new String[chunk.size()];
                    for (int r = 0; r < chunk.size(); r++) {
                        var value = chunk.get(r)[c];
                        values[r] = value == null ? null : value.toString();
                    }
                    ps.setArray(c + 1, ps.getConnection().createArrayOf("text", values));
                }
            });
        }
    }

    /** The types of the table's columns, in its column order, as the schema has them. */
    private List<String> typesOf(BulkTable table) {
        return types.computeIfAbsent(table, t -> {
            var declared = new java.util.HashMap<String, String>();
            jdbc.query("select column_name, udt_name from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = ?",
                    row -> {
                        declared.put(row.getString(1), row.getString(2));
                    }, t.table());
            return t.columns().stream().map(column -> {
                var type = declared.get(column);
                if (type == null) {
                    throw new IllegalStateException("Table " + t.table() + " has no column " + column);
                }
                return type;
            }).toList();
        });
    }
}

package org.safeguardinghub.search;

import java.util.List;
import java.util.Map;

/**
 * One page of what a search found, with how many records of each type matched in all.
 *
 * @param counts records found of each type, whatever type the page is narrowed to
 * @param type the type the page is narrowed to, or null for every type
 */
record SearchResults(String query, ResultType type, Map<ResultType, Long> counts, List<SearchResult> results,
        int page, int pages) {

    /** How many records of the type shown (or of every type) were found. */
    public long total() {
        return type == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(type, 0L);
    }

    public long count(ResultType of) {
        return counts.getOrDefault(of, 0L);
    }

    /** The words had something to search for: not empty, and not only words such as "the" and "and". */
    public boolean searchable() {
        return query != null && !query.isBlank();
    }
}

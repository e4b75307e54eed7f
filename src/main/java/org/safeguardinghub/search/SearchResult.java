package org.safeguardinghub.search;

import java.time.LocalDate;

/**
 * One record a search found: what it is, where it was recorded, the matching words in context and
 * the address of the record.
 */
record SearchResult(ResultType type, String title, String groupName, LocalDate dated, Snippet snippet,
        String href, boolean confidential) {
}

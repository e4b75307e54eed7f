package org.safeguardinghub.govuk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTests {

    /** Items as text: numbers, "*" marking the current page, "…" for an ellipsis. */
    private static List<String> shape(Pagination pagination) {
        return pagination.items().stream()
                .map(i -> i.isEllipsis() ? "…" : i.number() + (i.current() ? "*" : ""))
                .toList();
    }

    @Test
    void manyPagesHaveEllipsesEitherSideOfTheCurrentPage() {
        var pagination = new Pagination(10, 40, "/cases");
        assertEquals(List.of("1", "…", "9", "10*", "11", "…", "40"), shape(pagination));
        assertEquals("/cases?page=9", pagination.previousHref());
        assertEquals("/cases?page=11", pagination.nextHref());
        var current = pagination.items().get(3);
        assertEquals("/cases?page=10", current.href());
        assertTrue(current.current());
        assertNull(pagination.items().get(1).href());
    }

    @Test
    void noEllipsisWhereNoPageIsSkipped() {
        assertEquals(List.of("1", "2", "3*", "4", "5"), shape(new Pagination(3, 5, "/cases")));
        assertEquals(List.of("1*", "2", "…", "6"), shape(new Pagination(1, 6, "/cases")));
    }

    @Test
    void firstAndLastPagesHaveNoPreviousOrNext() {
        var first = new Pagination(1, 3, "/cases");
        assertNull(first.previousHref());
        assertEquals("/cases?page=2", first.nextHref());
        var last = new Pagination(3, 3, "/cases");
        assertEquals("/cases?page=2", last.previousHref());
        assertNull(last.nextHref());
    }

    @Test
    void keepsTheQueryStringOfTheList() {
        var pagination = new Pagination(2, 3, "/cases?status=open");
        assertEquals("/cases?status=open&page=1", pagination.previousHref());
        assertEquals("/cases?status=open&page=3", pagination.nextHref());
    }

    @Test
    void aSinglePageNeedsNoPagination() {
        assertFalse(new Pagination(1, 1, "/cases").isNeeded());
        assertTrue(new Pagination(1, 2, "/cases").isNeeded());
    }
}

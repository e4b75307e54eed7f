package org.safeguardinghub.govuk;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The links of a GOV.UK pagination block: previous, numbered pages with ellipses, next. */
@NamedInterface("api")
public record Pagination(int page, int pages, String baseHref) {

    public record Item(Integer number, String href, boolean current) {
        public boolean isEllipsis() {
            return number == null;
        }
    }

    public boolean isNeeded() {
        return pages > 1;
    }

    public String previousHref() {
        return page > 1 ? href(page - 1) : null;
    }

    public String nextHref() {
        return page < pages ? href(page + 1) : null;
    }

    public List<Item> items() {
        var items = new ArrayList<Item>();
        Integer last = null;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                if (last != null && n - last > 1) {
                    items.add(new Item(null, null, false));
                }
                items.add(new Item(n, href(n), n == page));
                last = n;
            }
        }
        return items;
    }

    private String href(int n) {
        return baseHref + (baseHref.contains("?") ? "&" : "?") + "page=" + n;
    }
}

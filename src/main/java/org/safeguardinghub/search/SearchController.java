package org.safeguardinghub.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.govuk.Pagination;
import org.safeguardinghub.partnership.Partnership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page: one box, the results by type, a page at a time. */
@Controller
class SearchController {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    static final int PAGE_SIZE = 20;

    private final PartnershipSearch search;

    SearchController(PartnershipSearch search) {
        this.search = search;
    }

    @GetMapping("/p/{partnership}/search")
    String search(Partnership partnership, CurrentUser user,
            @RequestParam(name = "q", required = false) String words,
            @RequestParam(name = "type", required = false) String typeName,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        // PostgreSQL text cannot hold a NUL byte or other control characters; nobody means to search for them.
        words = words == null ? null : CONTROL_CHARACTERS.matcher(words).replaceAll(" ");
        var type = ResultType.fromParameter(typeName);
        model.addAttribute("words", words == null ? "" : words);
        model.addAttribute("asked", words != null);
        model.addAttribute("emptyQuery", words != null && words.isBlank());
        if (words == null || words.isBlank()) {
            return "search/search";
        }
        var found = search.search(user, partnership, words, type, page, PAGE_SIZE);
        model.addAttribute("found", found);
        var base = "/p/" + partnership.getSlug() + "/search";
        model.addAttribute("pagination", new Pagination(found.page(), found.pages(), href(base, found.query(), type)));
        var filters = new ArrayList<Map<String, Object>>();
        filters.add(filter("All results", found.counts().values().stream().mapToLong(Long::longValue).sum(),
                href(base, found.query(), null), type == null));
        for (var each : ResultType.values()) {
            filters.add(filter(each.label(), found.count(each), href(base, found.query(), each), each == type));
        }
        model.addAttribute("filters", filters);
        return "search/search";
    }

    private static Map<String, Object> filter(String label, long count, String href, boolean current) {
        var filter = new LinkedHashMap<String, Object>();
        filter.put("label", label);
        filter.put("count", count);
        filter.put("href", href);
        filter.put("current", current);
        return filter;
    }

    private static String href(String base, String query, ResultType type) {
        var builder = UriComponentsBuilder.fromPath(base).queryParam("q", query);
        if (type != null) {
            builder.queryParam("type", type.parameter());
        }
        return builder.encode().build().toUriString();
    }
}

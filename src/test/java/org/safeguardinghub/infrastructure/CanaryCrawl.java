package org.safeguardinghub.infrastructure;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reads the Hub as one person would: every seed URL, then every same-site link and GET form on the
 * pages it reads, breadth first. It reads HTML, CSV and calendar files as text, Excel workbooks cell
 * by cell and PDFs by their extracted text, and notes every canary word in any successful response.
 * To keep the run short it reads at most a few pages of each shape (the same path with different
 * record numbers or filters) unless the URL names a planted record, and stops at a cap.
 */
final class CanaryCrawl {

    /** A canary word seen in a successful response. */
    record Sighting(String where, String word) {
    }

    private static final Pattern CANARY = Pattern.compile("canary[a-z]{8}");
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final int PAGES_PER_SHAPE = 3;
    private static final List<String> NEVER = List.of("/sign-out", "/sign-in", "/assets/", "/password-reset",
            "/briefing-confirmations/", "/subscriptions/", "/partnerships/switch");

    private final MockMvc mvc;
    private final RequestPostProcessor user;
    private final Set<String> canaries;
    private final Set<String> plantedIds;
    private final int cap;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final Map<String, Integer> shapes = new HashMap<>();
    private final List<Sighting> sightings = new ArrayList<>();
    private int requests;

    CanaryCrawl(MockMvc mvc, RequestPostProcessor user, Collection<String> canaries, Collection<String> plantedIds, int cap) {
        this.mvc = mvc;
        this.user = user;
        this.canaries = Set.copyOf(canaries);
        this.plantedIds = Set.copyOf(plantedIds);
        this.cap = cap;
    }

    int requests() {
        return requests;
    }

    /** Reads the seeds (always) and everything reachable from them (within the limits). */
    List<Sighting> crawl(List<String> seeds) throws Exception {
        seeds.forEach(seed -> {
            if (queued.add(seed)) {
                queue.add(seed);
            }
        });
        while (!queue.isEmpty() && requests < cap) {
            read(queue.poll());
        }
        return sightings;
    }

    private void read(String url) throws Exception {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notALink) {
            return;
        }
        requests++;
        var request = get(uri);
        if (user != null) {
            request = request.with(user);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        var status = response.getStatus();
        if (status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
            follow(url, response.getRedirectedUrl());
            return;
        }
        if (status < 200 || status >= 300) {
            return;
        }
        var text = textOf(response);
        var type = String.valueOf(response.getContentType());
        var seen = canariesIn(text);
        var asked = canariesIn(URLDecoder.decode(url, StandardCharsets.UTF_8));
        if (!asked.isEmpty() && type.startsWith("text/html")) {
            // A word the URL itself carries (a search, a filter) is echoed back in the title, the search
            // box, links and "no results matching"; it counts only if the rest of the page shows it.
            var page = Jsoup.parse(text);
            page.select("title").remove();
            page.select("input").removeAttr("value");
            page.select("[href]").removeAttr("href");
            page.select("p:contains(matching ‘)").remove();
            var rest = canariesIn(page.outerHtml());
            seen.removeIf(word -> asked.contains(word) && !rest.contains(word));
        }
        seen.forEach(word -> sightings.add(new Sighting(url, word)));
        if (type.startsWith("text/html")) {
            var page = Jsoup.parse(text);
            page.select("a[href]").forEach(a -> follow(url, a.attr("href")));
            page.select("form").stream().filter(f -> f.attr("method").isBlank() || f.attr("method").equalsIgnoreCase("get"))
                    .forEach(f -> follow(url, f.attr("action").isBlank() ? url : f.attr("action")));
        }
    }

    private void follow(String from, String href) {
        var link = href.strip();
        if (link.startsWith("http://localhost")) {
            try {
                var absolute = URI.create(link);
                link = absolute.getRawPath() + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery());
            } catch (IllegalArgumentException notALink) {
                return;
            }
        }
        if (!link.startsWith("/") || link.startsWith("//")) {
            if (link.startsWith("?")) {
                link = from.replaceAll("\\?.*$", "") + link;
            } else {
                return;
            }
        }
        var hash = link.indexOf('#');
        if (hash >= 0) {
            link = link.substring(0, hash);
        }
        for (var never : NEVER) {
            if (link.startsWith(never)) {
                return;
            }
        }
        if (link.isEmpty() || queued.contains(link)) {
            return;
        }
        var path = link.replaceAll("\\?.*$", "");
        var names = planted(path);
        var shape = NUMBER.matcher(path).replaceAll("/{n}") + queryKeys(link);
        var count = shapes.merge(shape, 1, Integer::sum);
        if (!names && count > PAGES_PER_SHAPE) {
            return;
        }
        queued.add(link);
        queue.add(link);
    }

    private Set<String> canariesIn(String text) {
        var seen = new TreeSet<String>();
        var matcher = CANARY.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (canaries.contains(matcher.group())) {
                seen.add(matcher.group());
            }
        }
        return seen;
    }

    private boolean planted(String path) {
        for (var segment : path.split("/")) {
            if (plantedIds.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    private static String queryKeys(String link) {
        var question = link.indexOf('?');
        if (question < 0) {
            return "";
        }
        var keys = new TreeSet<String>();
        for (var pair : link.substring(question + 1).split("&")) {
            keys.add(pair.replaceAll("=.*$", ""));
        }
        return "?" + String.join("&", keys);
    }

    /** The words a person would read in the response: text, spreadsheet cells or a PDF's text (and the raw bytes too). */
    static String textOf(MockHttpServletResponse response) throws Exception {
        var bytes = response.getContentAsByteArray();
        var type = String.valueOf(response.getContentType()).toLowerCase(Locale.ROOT);
        var raw = new String(bytes, StandardCharsets.UTF_8);
        var disposition = String.valueOf(response.getHeader("Content-Disposition"));
        var text = new StringBuilder(raw).append('\n').append(disposition).append('\n');
        if (type.contains("pdf") || (bytes.length > 4 && raw.startsWith("%PDF"))) {
            try (var document = Loader.loadPDF(bytes)) {
                text.append(new PDFTextStripper().getText(document));
            }
        } else if (type.contains("spreadsheetml") || type.contains("excel")) {
            try (var workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
                var formatter = new DataFormatter();
                for (var sheet : workbook) {
                    text.append(sheet.getSheetName()).append('\n');
                    for (var row : sheet) {
                        for (var cell : row) {
                            text.append(formatter.formatCellValue(cell)).append('\t');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}

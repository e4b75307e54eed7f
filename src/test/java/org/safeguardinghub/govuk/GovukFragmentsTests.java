package org.safeguardinghub.govuk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that the Thymeleaf fragments in {@code templates/govuk/} render the same markup as
 * govuk-frontend's own reference fixtures: each fixture's Nunjucks options are passed to our
 * fragment as the {@code options} map, and the result is compared with the fixture's HTML after
 * normalising whitespace, attribute order and class order.
 *
 * <p>The fixtures come from the govuk-frontend package that {@code npm ci} installs into
 * {@code frontend/node_modules} (the Maven build runs it in generate-resources). The test fails,
 * rather than skips, when they are missing.
 *
 * <p>The comparison (see {@link #canonical}) sees tag names, every attribute and its value (class tokens as a
 * set, {@code checked="checked"} as {@code checked}), the order of elements and each text node with its whitespace
 * collapsed and trimmed. It does not see whitespace between nodes, which Nunjucks' indentation and Thymeleaf's
 * differ on, so "Error:&lt;/span&gt; text" and "Error:&lt;/span&gt;text" compare equal.
 *
 * <p>Options our fragments do not support (chiefly the free-form {@code attributes} map, which
 * Thymeleaf cannot spread onto an element, and the JavaScript-enhanced variants) are left out by
 * not listing the fixtures that use them.
 */
class GovukFragmentsTests {

    static final Path COMPONENTS = Path.of("frontend/node_modules/govuk-frontend/dist/govuk/components");

    /** The fixtures we prove, by component and by the fixture's name in its fixtures.json. */
    static final Map<String, List<String>> COVERED = new LinkedHashMap<>();

    static {
        COVERED.put("label", List.of("default", "with bold text", "styled as xl text", "as page heading l",
                "as page heading without class", "empty", "classes", "html as text", "html", "for"));
        COVERED.put("hint", List.of("default", "with html", "classes", "id", "html as text"));
        COVERED.put("error-message", List.of("default", "translated", "id", "classes", "html as text", "html",
                "with visually hidden text", "visually hidden text removed"));
        COVERED.put("input", List.of("default", "with hint text", "with error message", "with error and hint",
                "with width-2 class", "with label as page heading", "with prefix", "with suffix",
                "with prefix and suffix", "with prefix and suffix and error", "with prefix with html",
                "with suffix with classes", "with extra letter spacing", "classes", "id", "custom type", "value",
                "zero value", "with describedBy", "hint with describedBy", "with error, hint and describedBy",
                "inputmode", "with optional form-group classes", "with autocomplete attribute",
                "with pattern attribute", "with spellcheck enabled", "with spellcheck disabled",
                "with autocapitalize turned off", "disabled"));
        COVERED.put("textarea", List.of("default", "with hint", "with error message", "with default value",
                "with custom rows", "with label as page heading", "id", "classes", "with describedBy",
                "with hint and error message", "with hint, error message and described by",
                "with optional form-group classes", "with autocomplete attribute", "with spellcheck enabled",
                "with spellcheck disabled"));
        COVERED.put("select", List.of("default", "with hint text and error message", "with label as page heading",
                "with full width override", "with describedBy", "hint", "error", "without values",
                "without values with selected value", "with falsy values", "item selected overrides value", "id",
                "with selected value", "with optional form-group classes"));
        COVERED.put("radios", List.of("default", "with hint", "inline", "with legend as page heading",
                "with a divider", "with hints on items", "without fieldset", "with fieldset and error message",
                "with very long option text", "small", "small with error", "with idPrefix", "minimal items and name",
                "label with classes", "with hints on parent and items", "with error message",
                "with error message and idPrefix", "with hint and error message",
                "fieldset with html", "item checked overrides value", "with disabled", "prechecked using value",
                "with conditional items", "with conditional item checked"));
        COVERED.put("checkboxes", List.of("default", "with hint", "with pre-checked values",
                "with divider and None", "with hints on items", "with legend as a page heading",
                "with error message", "with very long option text", "small", "with id and name",
                "with disabled item", "with idPrefix", "classes", "with fieldset describedBy", "with checked item",
                "with label classes", "multiple hints", "with error message and hint",
                "with error, hint and fieldset describedBy", "fieldset html params",
                "with single option set 'aria-describedby' on input, and describedBy",
                "with single option (and hint) set 'aria-describedby' on input, and describedBy",
                "with error and idPrefix", "item checked overrides values", "with conditional items"));
        COVERED.put("date-input", List.of("default", "with translations", "with values", "with values and name prefix",
                "with errors only", "with error message and hint", "with error on day input",
                "with error on month input", "with error on year input", "classes"));
        COVERED.put("file-upload", List.of("default", "with hint text", "with error message and hint",
                "with label as page heading", "classes", "id", "with describedBy", "error",
                "with error, describedBy and hint", "allows multiple files", "disabled",
                "with optional form-group classes"));
        COVERED.put("button", List.of("default", "disabled", "link", "start", "secondary", "secondary disabled",
                "warning", "inverse", "classes", "link classes", "name", "type", "explicit link", "value", "html",
                "no type", "no data-prevent-double-click", "don't prevent double click", "id", "start link",
                "start link with html", "prevent double click"));
        COVERED.put("error-summary", List.of("default", "without links", "mixed with and without links",
                "with description only", "with everything", "title html", "description", "description html",
                "classes", "error list with html", "autofocus disabled", "autofocus explicitly enabled"));
        COVERED.put("notification-banner", List.of("default", "with text as html", "with type as success",
                "with long heading", "with lots of content", "custom title", "title as html", "custom title id",
                "custom title heading level", "custom text", "custom role", "classes", "with invalid type",
                "auto-focus disabled, with type as success", "role=alert overridden to role=region, with type as success"));
        COVERED.put("tag", List.of("default", "grey", "turquoise", "green", "purple", "pink", "red", "orange", "yellow",
                "html as text", "html"));
        COVERED.put("inset-text", List.of("default", "with html", "classes", "id", "html as text"));
        COVERED.put("warning-text", List.of("default", "multiple lines", "classes", "html", "html as text",
                "icon fallback text only"));
        COVERED.put("back-link", List.of("default", "inverse", "classes", "html as text", "html",
                "with custom text and link"));
        COVERED.put("skip-link", List.of("default", "no href", "custom href", "custom text", "html as text", "html",
                "classes"));
        COVERED.put("breadcrumbs", List.of("default", "with one level", "without the home section",
                "with last breadcrumb as current page", "with collapse on mobile", "inverse", "classes",
                "html as text", "html", "custom label"));
        COVERED.put("summary-list", List.of("default", "with actions", "no-border", "no-border on last row", "extreme",
                "key with html", "key with classes", "value with html", "actions href", "actions with html",
                "actions with classes", "single action with anchor", "classes on items", "empty items array",
                "rows with classes", "with some actions", "overridden-widths", "translated"));
        COVERED.put("table", List.of("default", "with head", "with head and caption", "classes", "html as text", "html",
                "head with classes", "head with rowspan and colspan", "with firstCellIsHeader true",
                "firstCellIsHeader with classes", "firstCellIsHeader with html", "firstCellIsHeader with html as text",
                "firstCellIsHeader with rowspan and colspan", "rows with classes", "rows with rowspan and colspan",
                "with small text modifier for tables with a lot of data"));
        COVERED.put("generic-header", List.of("default", "with image logo", "with text and image logo", "full width",
                "classes", "custom url"));
        COVERED.put("service-navigation", List.of("default", "with navigation with a current item",
                "with navigation with an active item", "with large navigation", "with HTML navigation items",
                "with non-link navigation items", "with service name", "with service link", "with long service name",
                "with service name and navigation", "inverse", "with collapseNavigationOnMobile set to false",
                "with a single navigation item", "with a single navigation item and collapseNavigationOnMobile set to true",
                "with no options set", "classes", "with custom aria-label", "with custom navigation toggle text",
                "with custom navigation toggle label", "with identical navigation toggle text and label",
                "with custom navigation label", "with custom navigation toggle text and navigation label",
                "with custom navigation classes", "with custom navigation ID"));
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final Map<String, Map<String, Map<String, Object>>> FIXTURES = new ConcurrentHashMap<>();

    static SpringTemplateEngine engine;

    @BeforeAll
    static void engine() {
        var files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setCacheable(true);
        files.setOrder(1);
        var strings = new StringTemplateResolver();
        strings.setTemplateMode(TemplateMode.HTML);
        strings.setOrder(2);
        engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
    }

    static Stream<Arguments> fixtures() {
        return COVERED.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(name -> Arguments.of(e.getKey(), name)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fixtures")
    void rendersLikeTheReferenceFixture(String component, String fixtureName) {
        var fixture = fixture(component, fixtureName);
        var options = copy(fixture.get("options"));
        Element expected = parse((String) fixture.get("html"));
        if (component.equals("date-input")) {
            options = DateInputAdapter.options(options);
            DateInputAdapter.springNames(expected, (String) options.get("namePrefix"));
        }
        var html = render("~{govuk/" + component + " :: " + component + "(${options})}", Map.of("options", options));
        assertSameMarkup(expected, parse(html),
                () -> component + " fixture \"" + fixtureName + "\"\noptions: " + JSON.writeValueAsString(fixture.get("options"))
                        + "\n--- fixture html\n" + fixture.get("html") + "\n--- our html\n" + html);
    }

    /** Every component the brief lists has fixtures here, and every listed fixture exists. */
    @Test
    void coversEveryComponentWithExistingFixtures() {
        assertEquals(List.of("label", "hint", "error-message", "input", "textarea", "select", "radios", "checkboxes",
                "date-input", "file-upload", "button", "error-summary", "notification-banner", "tag", "inset-text",
                "warning-text", "back-link", "skip-link", "breadcrumbs", "summary-list", "table", "generic-header",
                "service-navigation"), List.copyOf(COVERED.keySet()));
        COVERED.forEach((component, names) -> {
            assertTrue(names.size() >= 3, component + " should prove at least three fixtures");
            names.forEach(name -> fixture(component, name));
        });
    }

    /** The comparison itself must be able to fail, or the fixture tests prove nothing. */
    @Test
    void comparisonNoticesDifferencesButNotFormatting() {
        assertSameMarkup(parse("<p class=\"a  b\" id=\"x\">\n  Some   text\n</p>"), parse("<p id=\"x\" class=\"b a\">Some text</p>"), () -> "");
        assertSameMarkup(parse("<input checked>"), parse("<input checked=\"checked\">"), () -> "");
        assertThrows(AssertionFailedError.class,
                () -> assertSameMarkup(parse("<p class=\"a\">x</p>"), parse("<p class=\"b\">x</p>"), () -> ""));
        assertThrows(AssertionFailedError.class,
                () -> assertSameMarkup(parse("<p>x</p>"), parse("<p>y</p>"), () -> ""));
        assertThrows(AssertionFailedError.class,
                () -> assertSameMarkup(parse("<p><span>x</span></p>"), parse("<p>x</p>"), () -> ""));
        assertThrows(AssertionFailedError.class,
                () -> assertSameMarkup(parse("<a href=\"#\">x</a>"), parse("<a>x</a>"), () -> ""));
    }

    /** Our pagination takes a {@link Pagination}; the fixture's example hrefs are mapped onto its links. */
    @ParameterizedTest(name = "pagination: {0}")
    @MethodSource("paginationFixtures")
    void paginationRendersLikeTheReferenceFixture(String fixtureName, int page, int pages) {
        var fixture = fixture("pagination", fixtureName);
        Element expected = parse((String) fixture.get("html"));
        // The fixture links to /page/N, /previous and /next; ours link to the list with ?page=N.
        for (var link : expected.select("a[href]")) {
            var href = link.attr("href");
            var m = Pattern.compile("/page/(\\d+)").matcher(href);
            if (m.matches()) {
                link.attr("href", "/cases?page=" + m.group(1));
            } else if (href.equals("/previous")) {
                link.attr("href", "/cases?page=" + (page - 1));
            } else if (href.equals("/next")) {
                link.attr("href", "/cases?page=" + (page + 1));
            }
        }
        var html = render("~{govuk/pagination :: pagination(${pagination})}",
                Map.of("pagination", new Pagination(page, pages, "/cases")));
        assertSameMarkup(expected, parse(html), () -> "pagination fixture \"" + fixtureName + "\"\n--- fixture html\n"
                + fixture.get("html") + "\n--- our html\n" + html);
    }

    static Stream<Arguments> paginationFixtures() {
        return Stream.of(Arguments.of("first page", 1, 3), Arguments.of("last page", 3, 3));
    }

    @Test
    void paginationWithManyPagesHasEllipsesAndArrows() {
        var html = render("~{govuk/pagination :: pagination(${pagination})}",
                Map.of("pagination", new Pagination(10, 40, "/cases?status=open")));
        var nav = parse(html).selectFirst("nav.govuk-pagination");
        assertTrue(nav != null, html);
        assertEquals("Pagination", nav.attr("aria-label"));
        assertEquals("/cases?status=open&page=9", nav.selectFirst(".govuk-pagination__prev a[rel=prev]").attr("href"));
        assertEquals("/cases?status=open&page=11", nav.selectFirst(".govuk-pagination__next a[rel=next]").attr("href"));
        var items = nav.select("li.govuk-pagination__item");
        assertEquals(List.of("1", "⋯", "9", "10", "11", "⋯", "40"), items.eachText());
        assertEquals(2, nav.select("li.govuk-pagination__item--ellipsis").size());
        var current = nav.selectFirst("li.govuk-pagination__item--current a");
        assertEquals("10", current.text());
        assertEquals("page", current.attr("aria-current"));
        assertEquals("Page 10", current.attr("aria-label"));
    }

    @Test
    void paginationOfOnePageRendersNothing() {
        var html = render("~{govuk/pagination :: pagination(${pagination})}", Map.of("pagination", new Pagination(1, 1, "/cases")));
        assertEquals("", html.strip());
    }

    /** Design System wording the fragments must keep when no text is given. */
    @Test
    void keepsTheDesignSystemWording() {
        var summary = parse(render("~{govuk/error-summary :: error-summary(${options})}",
                Map.of("options", Map.of("errorList", List.of(Map.of("text", "Enter a name", "href", "#name"))))));
        assertEquals("There is a problem", summary.selectFirst(".govuk-error-summary__title").text());
        var message = parse(render("~{govuk/error-message :: error-message(${options})}", Map.of("options", Map.of("text", "Enter a name"))));
        assertEquals("Error:", message.selectFirst(".govuk-visually-hidden").text());
        var warning = parse(render("~{govuk/warning-text :: warning-text(${options})}", Map.of("options", Map.of("text", "Read this"))));
        assertEquals("Warning", warning.selectFirst(".govuk-visually-hidden").text());
        var back = parse(render("~{govuk/back-link :: back-link(${options})}", Map.of("options", Map.of("href", "/"))));
        assertEquals("Back", back.selectFirst("a.govuk-back-link").text());
    }

    /** Our deliberate difference: boxes named for Spring binding onto a DateInput, filled from it. */
    @Test
    void dateInputNamesItsBoxesForSpringBinding() {
        var value = DateInput.of(java.time.LocalDate.of(2024, 3, 7));
        var options = Map.<String, Object>of("id", "startDate", "namePrefix", "startDate", "value", value,
                "fieldset", Map.of("legend", Map.of("text", "Start date")));
        var inputs = parse(render("~{govuk/date-input :: date-input(${options})}", Map.of("options", options))).select("input");
        assertEquals(List.of("startDate.day", "startDate.month", "startDate.year"), inputs.eachAttr("name"));
        assertEquals(List.of("startDate-day", "startDate-month", "startDate-year"), inputs.eachAttr("id"));
        assertEquals(List.of("7", "3", "2024"), inputs.eachAttr("value"));
    }

    /** Our pages label the navigation with ariaLabel and no service name; the macro would ignore it. */
    @Test
    void serviceNavigationWithoutServiceNameUsesAriaLabelForTheNavigation() {
        var options = Map.<String, Object>of("ariaLabel", "Partnership", "navigation",
                List.of(Map.of("href", "/p/x", "text", "Overview", "active", true), Map.of("href", "/p/x/people", "text", "People", "active", false)));
        var html = parse(render("~{govuk/service-navigation :: service-navigation(${options})}", Map.of("options", options)));
        assertEquals("Partnership", html.selectFirst("nav.govuk-service-navigation__wrapper").attr("aria-label"));
        assertTrue(html.select("section").isEmpty(), "no section without a service name");
        assertEquals("true", html.selectFirst("li.govuk-service-navigation__item--active a").attr("aria-current"));
    }

    // ---------------------------------------------------------------------------------------------
    // Date input: Spring binding instead of Nunjucks naming

    /**
     * Our date input takes the typed values as a {@link DateInput} bean in {@code value} and names
     * its boxes {@code prefix.day}, {@code prefix.month}, {@code prefix.year}, so that Spring binds
     * them onto the form's {@code DateInput} property. The Nunjucks macro takes a {@code values}
     * map and names them {@code prefix-day} and so on. Everything else (ids, labels, classes,
     * error state) must match, so the fixture's options are turned into a bean and the fixture's
     * names into the dotted form before comparing.
     */
    static final class DateInputAdapter {

        static Map<String, Object> options(Map<String, Object> fixtureOptions) {
            var options = new LinkedHashMap<>(fixtureOptions);
            var prefix = (String) options.get("namePrefix");
            if (options.remove("values") instanceof Map<?, ?> values) {
                var key = prefix == null ? "" : prefix + "-";
                var value = new DateInput();
                value.setDay(string(values.get(key + "day")));
                value.setMonth(string(values.get(key + "month")));
                value.setYear(string(values.get(key + "year")));
                options.put("value", value);
            }
            return options;
        }

        static void springNames(Element expected, String prefix) {
            if (prefix == null) {
                return;
            }
            for (var input : expected.select("input.govuk-date-input__input")) {
                var name = input.attr("name");
                assertTrue(name.startsWith(prefix + "-"), "fixture name " + name + " should start with " + prefix + "-");
                input.attr("name", prefix + "." + name.substring(prefix.length() + 1));
            }
        }

        private static String string(Object value) {
            return value == null ? null : String.valueOf(value);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Fixtures, rendering and comparison

    @SuppressWarnings("unchecked")
    static Map<String, Object> fixture(String component, String name) {
        var fixtures = FIXTURES.computeIfAbsent(component, c -> {
            var file = COMPONENTS.resolve(c).resolve("fixtures.json");
            if (!Files.isRegularFile(file)) {
                fail("govuk-frontend's fixtures are missing: " + file.toAbsolutePath()
                        + ". Run `npm ci` in frontend/ (the Maven build does this in generate-resources) and run the test from the project directory.");
            }
            try {
                Map<String, Object> json = JSON.readValue(Files.readString(file), Map.class);
                var byName = new LinkedHashMap<String, Map<String, Object>>();
                for (var each : (List<Map<String, Object>>) json.get("fixtures")) {
                    byName.put((String) each.get("name"), each);
                }
                return byName;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
        });
        var fixture = fixtures.get(name);
        if (fixture == null) {
            fail("No fixture \"" + name + "\" for " + component + "; it has " + fixtures.keySet());
        }
        return fixture;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Object options) {
        return options == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) options);
    }

    static String render(String fragmentExpression, Map<String, Object> variables) {
        var context = new Context();
        context.setVariables(variables);
        return engine.process("<th:block th:replace=\"" + fragmentExpression + "\"></th:block>", context);
    }

    static Element parse(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    static void assertSameMarkup(Element expected, Element actual, java.util.function.Supplier<String> context) {
        var want = canonical(expected);
        var got = canonical(actual);
        if (!want.equals(got)) {
            throw new AssertionFailedError(difference(want, got) + "\n" + context.get(), want, got);
        }
    }

    /** One line per element or text: tags, attributes sorted, class tokens sorted, whitespace collapsed. */
    static String canonical(Element root) {
        var out = new StringBuilder();
        for (var child : root.childNodes()) {
            write(child, 0, out);
        }
        return out.toString();
    }

    private static void write(Node node, int depth, StringBuilder out) {
        if (node instanceof TextNode text) {
            var normalised = text.getWholeText().replaceAll("\\s+", " ").strip();
            if (!normalised.isEmpty()) {
                out.append("  ".repeat(depth)).append('"').append(normalised).append("\"\n");
            }
        } else if (node instanceof Element element) {
            out.append("  ".repeat(depth)).append('<').append(element.normalName());
            var attributes = new TreeMap<String, String>();
            element.attributes().forEach(a -> {
                var value = a.getValue().replaceAll("\\s+", " ").strip();
                if (a.getKey().equals("class")) {
                    value = Arrays.stream(value.split(" ")).filter(s -> !s.isEmpty()).sorted().collect(Collectors.joining(" "));
                }
                if (value.equalsIgnoreCase(a.getKey())) {
                    value = ""; // boolean attributes: checked="checked" is checked
                }
                attributes.put(a.getKey(), value);
            });
            attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
            out.append(">\n");
            for (var child : element.childNodes()) {
                write(child, depth + 1, out);
            }
        }
    }

    private static String difference(String want, String got) {
        var a = want.lines().toList();
        var b = got.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        var message = new StringBuilder("Markup differs from the fixture at line " + (i + 1) + ":\n");
        for (int k = Math.max(0, i - 3); k < i; k++) {
            message.append("    ").append(a.get(k)).append('\n');
        }
        message.append("  - ").append(i < a.size() ? a.get(i) : "(end)").append('\n');
        message.append("  + ").append(i < b.size() ? b.get(i) : "(end)").append('\n');
        message.append("--- fixture (canonical)\n").append(want).append("--- ours (canonical)\n").append(got);
        return message.toString();
    }
}

package org.safeguardinghub.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page calls the fragment in {@code templates/govuk/} for a component that has one, rather than writing its
 * markup again: a second copy drifts from the one {@link GovukFragmentsTests} proves against govuk-frontend. The
 * components are the fragment files present, each known by its root class ({@code table.html} writes
 * {@code govuk-table}); a template outside {@code govuk/} that puts one of those classes on an element has written
 * the component by hand. Form controls (the fragments that write a {@code govuk-form-group}) are called only
 * through {@code layout/fields}, which binds them to the form's errors.
 */
class HandWrittenComponentsTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * The few hand-written components no fragment can express, by template and root class, each entry excusing one
     * occurrence (a template with two such tables has two entries).
     */
    static final List<Map.Entry<String, String>> ALLOWED = List.of(
            // Thymeleaf refuses the text "new-password" inside fragment parameters, so this one password box is written out.
            Map.entry("layout/fields.html govuk-label", "the new-password box"),
            Map.entry("layout/fields.html govuk-hint", "the new-password box"),
            Map.entry("layout/fields.html govuk-error-message", "the new-password box"),
            Map.entry("layout/fields.html govuk-input", "the new-password box"),
            // A table cell's html is a string: it cannot hold a form, whose CSRF token Thymeleaf adds only to a
            // <form th:action> in the template, nor a details component.
            Map.entry("accounts/show.html govuk-table", "each role has a form to remove it"),
            Map.entry("reviews/practice-review.html govuk-table", "each milestone has a form to mark it done"),
            Map.entry("reviews/rapid-review.html govuk-table", "each request has a form to chase it"),
            Map.entry("calendar/bank-holidays.html govuk-table", "each holiday has a form to remove it"),
            // Nor can it hold a form control: the fragment's markup cannot be put in a string, and a copy in Java would drift.
            Map.entry("meetings/import-preview.html govuk-table", "each attendee has selects for the person and the attendance"),
            Map.entry("meetings/import-preview.html govuk-table", "each item has a box for its title and a confidential checkbox"),
            Map.entry("audit/search.html govuk-table", "each line's changes are in a details component"),
            Map.entry("audit/history.html govuk-table", "each line lists its changes with the old value struck through"));

    static final Pattern TEMPLATE_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** A class attribute, or Thymeleaf's th:class and th:classappend, whose value may be an expression. */
    static final Pattern CLASS_ATTRIBUTE = Pattern.compile("(?:th:)?class(?:append)?=\"([^\"]*)\"");

    @Test
    void noTemplateWritesTheMarkupOfAComponentThatHasAFragment() throws IOException {
        assertThat(components()).contains("govuk-summary-list", "govuk-table", "govuk-tag", "govuk-button", "govuk-input");
        var excusable = allowances();
        var excused = new HashMap<String, Integer>();
        var found = new ArrayList<String>();
        for (var template : templatesOutsideGovuk()) {
            for (var component : handWritten(template)) {
                var key = template + " " + component.rootClass();
                if (excused.merge(key, 1, Integer::sum) <= excusable.getOrDefault(key, 0)) {
                    continue;
                }
                found.add(template + ":" + component.line() + " writes " + component.rootClass() + " by hand: call govuk/"
                        + component.rootClass().substring("govuk-".length()));
            }
        }
        assertThat(found).as("hand-written GOV.UK components").isEmpty();
    }

    @Test
    void formControlsAreCalledOnlyThroughLayoutFields() throws IOException {
        var controls = formControls();
        assertThat(controls).contains("input", "textarea", "select", "radios", "checkboxes", "date-input", "file-upload");
        var directCall = Pattern.compile("~\\{\\s*govuk/(" + String.join("|", controls) + ")\\s*::");
        var found = new ArrayList<String>();
        for (var template : templatesOutsideGovuk()) {
            if (template.equals("layout/fields.html")) {
                continue;
            }
            var lines = withoutComments(Files.readString(TEMPLATES.resolve(template))).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher call = directCall.matcher(lines[i]);
                while (call.find()) {
                    found.add(template + ":" + (i + 1) + " calls govuk/" + call.group(1) + " directly: use layout/fields");
                }
            }
        }
        assertThat(found).as("form controls not bound through layout/fields").isEmpty();
    }

    @Test
    void theAllowListNamesOnlyComponentsThatStillNeedIt() throws IOException {
        for (var allowance : allowances().entrySet()) {
            var key = allowance.getKey();
            var template = key.substring(0, key.indexOf(' '));
            var rootClass = key.substring(key.indexOf(' ') + 1);
            assertThat(handWritten(template).stream().filter(component -> component.rootClass().equals(rootClass)).count())
                    .as(key).isGreaterThanOrEqualTo(allowance.getValue());
        }
    }

    /** How many occurrences the allow-list excuses, by template and root class. */
    static Map<String, Integer> allowances() {
        var allowances = new HashMap<String, Integer>();
        ALLOWED.forEach(entry -> allowances.merge(entry.getKey(), 1, Integer::sum));
        return allowances;
    }

    record HandWritten(int line, String rootClass) {
    }

    /** The components a template writes by hand: a root class of a fragment in a class attribute. */
    static List<HandWritten> handWritten(String template) throws IOException {
        var rootClass = Pattern.compile("(?<![\\w-])(" + String.join("|", components()) + ")(?![\\w-])");
        var lines = withoutComments(Files.readString(TEMPLATES.resolve(template))).split("\n", -1);
        var found = new ArrayList<HandWritten>();
        for (int i = 0; i < lines.length; i++) {
            Matcher classes = CLASS_ATTRIBUTE.matcher(lines[i]);
            while (classes.find()) {
                Matcher root = rootClass.matcher(classes.group(1));
                while (root.find()) {
                    found.add(new HandWritten(i + 1, root.group(1)));
                }
            }
        }
        return found;
    }

    /** The root class of each fragment in templates/govuk/. */
    static List<String> components() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES.resolve("govuk"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html"))
                    .map(name -> "govuk-" + name.substring(0, name.length() - ".html".length())).sorted().toList();
        }
    }

    /** The fragments that write a form group: the form controls. */
    static List<String> formControls() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES.resolve("govuk"))) {
            return files.filter(file -> read(file).contains("class=\"govuk-form-group\""))
                    .map(file -> file.getFileName().toString().replace(".html", "")).sorted().toList();
        }
    }

    static List<String> templatesOutsideGovuk() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> TEMPLATES.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("govuk/")).sorted().toList();
        }
    }

    /** The template with its comments blanked out, keeping its line numbers. */
    static String withoutComments(String template) {
        return TEMPLATE_COMMENT.matcher(template).replaceAll(comment -> Matcher.quoteReplacement(comment.group().replaceAll("[^\n]", " ")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

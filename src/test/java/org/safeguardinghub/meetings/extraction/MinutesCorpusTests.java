package org.safeguardinghub.meetings.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over every set of minutes in {@code src/test/resources/minutes} (and the PDF
 * and Word files made by {@link GeneratedMinutes}) and compares the result with the expected
 * results written by hand next to each one ({@code <file>.expected.json}).
 */
class MinutesCorpusTests {

    private static final String SEED = "004-shropshire-practice-oversight-group.txt";
    private static final JsonMapper JSON = JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private final MinutesExtractor extractor = new MinutesExtractor();

    record Document(String name, byte[] content) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Document> corpus() throws IOException, URISyntaxException {
        var folder = Path.of(Objects.requireNonNull(MinutesCorpusTests.class.getResource("/minutes")).toURI());
        var documents = new ArrayList<Document>();
        try (var files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                var name = file.getFileName().toString();
                if (!name.endsWith(".expected.json")) {
                    documents.add(new Document(name, Files.readAllBytes(file)));
                }
            }
        }
        documents.add(new Document(GeneratedMinutes.LEARNING_SUBGROUP_PDF, GeneratedMinutes.learningSubgroupPdf()));
        documents.add(new Document(GeneratedMinutes.EXPLOITATION_SUBGROUP_DOCX, GeneratedMinutes.exploitationSubgroupDocx()));
        return documents.stream();
    }

    @Test
    void theCorpusCoversEveryFormatAndHasAnExpectedResultForEachDocument() throws Exception {
        var names = corpus().map(Document::name).toList();
        assertThat(names).anyMatch(n -> n.endsWith(".txt")).anyMatch(n -> n.endsWith(".md"))
                .anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".docx")).contains(SEED).hasSizeGreaterThanOrEqualTo(7);
        for (var name : names) {
            assertThat(MinutesCorpusTests.class.getResource("/minutes/" + name + ".expected.json")).as(name).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachDocumentIsReadExactlyAsExpected(Document document) throws Exception {
        var actual = extractor.extract(document.name(), document.content());
        var expected = expected(document.name());
        var shown = "what was read from " + document.name() + ":\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual);

        assertThat(actual.actions()).as(shown).containsExactlyElementsOf(expected.actions());
        assertThat(actual.decisions()).as(shown).containsExactlyElementsOf(expected.decisions());
        assertThat(actual.title()).as(shown).isEqualTo(expected.title());
        assertThat(actual.date()).as(shown).isEqualTo(expected.date());
        assertThat(actual.attendees()).as(shown).containsExactlyElementsOf(expected.attendees());
        assertThat(actual.apologies()).as(shown).containsExactlyElementsOf(expected.apologies());
        assertThat(actual.notInAttendance()).as(shown).containsExactlyElementsOf(expected.notInAttendance());
        assertThat(actual.items()).as(shown).containsExactlyElementsOf(expected.items());
        assertThat(actual.warnings()).as(shown).containsExactlyElementsOf(expected.warnings());
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * The exact-match test above holds every document to its expected result, so scores over the
     * corpus as written would add nothing. This one scores the text documents as they arrive when
     * pasted from a word processor or an email (Windows line endings, trailing spaces, tabs for
     * indents), where nothing is promised exactly but at least 95% of actions and decisions must still be
     * read. An action counts as found only when item, wording, owners and deadline all match one
     * expected action; a decision when item and wording match. Nearly right is wrong.
     */
    @Test
    void precisionAndRecallOfActionsAndDecisionsInRetypedMinutes() throws Exception {
        var actions = new Score();
        var decisions = new Score();
        var seedActions = new Score();
        var seedDecisions = new Score();
        var retyped = 0;
        for (var document : corpus().toList()) {
            if (!document.name().endsWith(".txt") && !document.name().endsWith(".md")) {
                continue;
            }
            retyped++;
            var actual = extractor.extract(document.name(), retyped(document.content()));
            var expected = expected(document.name());
            actions.add(actual.actions(), expected.actions());
            decisions.add(actual.decisions(), expected.decisions());
            if (document.name().equals(SEED)) {
                seedActions.add(actual.actions(), expected.actions());
                seedDecisions.add(actual.decisions(), expected.decisions());
            }
        }
        System.out.printf("Retyped minutes corpus (%d documents): actions precision %.3f recall %.3f (%d expected); decisions"
                        + " precision %.3f recall %.3f (%d expected); seed 004 actions %.3f/%.3f, decisions %.3f/%.3f%n",
                retyped, actions.precision(), actions.recall(), actions.expected, decisions.precision(), decisions.recall(),
                decisions.expected, seedActions.precision(), seedActions.recall(), seedDecisions.precision(),
                seedDecisions.recall());

        assertThat(retyped).isGreaterThanOrEqualTo(5);
        assertThat(seedActions.expected).isEqualTo(14);
        assertThat(seedDecisions.expected).isEqualTo(1);
        assertThat(seedActions.precision()).isEqualTo(1.0);
        assertThat(seedActions.recall()).isEqualTo(1.0);
        assertThat(seedDecisions.precision()).isEqualTo(1.0);
        assertThat(seedDecisions.recall()).isEqualTo(1.0);
        assertThat(actions.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(actions.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(decisions.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(decisions.recall()).isGreaterThanOrEqualTo(0.95);
    }

    /** The same words with Windows line endings, a trailing space on every line and tabs where lines were indented. */
    private static byte[] retyped(byte[] content) {
        var text = new String(content, StandardCharsets.UTF_8);
        var lines = text.split("\\R", -1);
        var out = new StringBuilder();
        for (var i = 0; i < lines.length; i++) {
            var line = lines[i].replaceFirst("^ {2,4}", "\t");
            out.append(line.isEmpty() ? line : line + " ");
            if (i < lines.length - 1) {
                out.append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Score {
        int found;
        int correct;
        int expected;

        <T> void add(List<T> actual, List<T> wanted) {
            found += actual.size();
            expected += wanted.size();
            Map<T, Integer> remaining = new HashMap<>();
            wanted.forEach(w -> remaining.merge(w, 1, Integer::sum));
            for (var a : actual) {
                if (remaining.getOrDefault(a, 0) > 0) {
                    remaining.merge(a, -1, Integer::sum);
                    correct++;
                }
            }
        }

        /** With nothing found and nothing expected, nothing was invented: full marks. */
        double precision() {
            return found == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) correct / expected;
        }
    }

    private static ExtractedMinutes expected(String name) throws IOException {
        try (var in = MinutesCorpusTests.class.getResourceAsStream("/minutes/" + name + ".expected.json")) {
            return JSON.readValue(Objects.requireNonNull(in, "no expected results for " + name), ExtractedMinutes.class);
        }
    }
}

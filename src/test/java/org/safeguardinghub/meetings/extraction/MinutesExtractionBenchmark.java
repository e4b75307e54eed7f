package org.safeguardinghub.meetings.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * How long reading a 20-page set of minutes takes, as PDF and as Word. Not a {@code *Tests} class, so
 * the normal build skips it; run it with
 * {@code ./mvnw test -Dtest=MinutesExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It asserts what was read, never how fast; the times go to {@code target/benchmark/minutes-extraction.md}.
 */
class MinutesExtractionBenchmark {

    private static final int ITEMS = 24;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 20);

    /** Agenda items with discussion, actions and decisions: about 40 lines of A4 a page, 20 pages as PDF. */
    private static List<String> lines() {
        var lines = new ArrayList<String>(List.of("Northfield Safeguarding Children Partnership",
                "Executive Group – Minutes", "Tuesday 4 March 2025, 10:00 to 13:00, Shire Hall", "",
                "Name\tOrganisation\tRole"));
        String[][] people = {{"Ada Quinn (AQ)", "Northfield Council", "Director of Children's Services"},
            {"Ben Ortiz (BO)", "Northfield Police", "Detective Superintendent"},
            {"Cara Webb (CW)", "Northfield ICB", "Designated Nurse"},
            {"Dan Hale (DH)", "Northfield Partnership", "Business Manager"}};
        for (var p : people) {
            lines.add(String.join("\t", p));
        }
        lines.add("");
        String[] topics = {"neglect", "child exploitation", "domestic abuse", "online safety", "safer sleep",
            "missing children", "early help", "thresholds"};
        for (int i = 1; i <= ITEMS; i++) {
            var topic = topics[i % topics.length];
            lines.add(i + ". Update on " + topic);
            for (int s = 0; s < 34; s++) {
                lines.add("Members discussed the partnership's work on " + topic + " and the data for quarter " + (s % 4 + 1) + ".");
            }
            lines.add("Action: DH to circulate the " + topic + " briefing to all partners by 31 May 2025.");
            lines.add("Action: BO to share the police figures on " + topic + " with CW.");
            lines.add("Decision: The group agreed the " + topic + " plan.");
        }
        lines.add("Date of next meeting: 3 June 2025");
        return lines;
    }

    private static byte[] pdf(List<String> lines) {
        var pages = new ArrayList<List<String>>();
        for (int from = 0; from < lines.size(); from += 47) {
            pages.add(lines.subList(from, Math.min(lines.size(), from + 47)));
        }
        return GeneratedMinutes.pdf(pages, true, false);
    }

    private static byte[] docx(List<String> lines) throws Exception {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (var line : lines) {
                if (line.contains("\t")) {
                    var cells = line.split("\t");
                    docx.createParagraph().createRun().setText(String.join("  ", cells));
                } else {
                    docx.createParagraph().createRun().setText(line);
                }
            }
            docx.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTwentyPagesOfMinutes() throws Exception {
        var lines = lines();
        var pdf = pdf(lines);
        var docx = docx(lines);
        var extractor = new MinutesExtractor();
        var out = new StringBuilder("## Reading a 20-page set of minutes\n\n| Format | Size | Pages | Items | Actions | Decisions | Runs | First ms | p50 ms | Max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var format : List.of("pdf", "docx")) {
            var content = format.equals("pdf") ? pdf : docx;
            var name = "northfield-executive." + format;
            var times = new long[RUNS];
            ExtractedMinutes read = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                read = extractor.extract(name, content);
                times[run] = System.nanoTime() - start;
            }
            assertThat(read.items()).hasSize(ITEMS);
            assertThat(read.actions()).hasSize(ITEMS * 2);
            assertThat(read.decisions()).hasSize(ITEMS);
            long first = times[0];
            Arrays.sort(times);
            out.append(String.format(Locale.ROOT, "| %s | %d KB | %s | %d | %d | %d | %d | %.1f | %.1f | %.1f |%n", format,
                    content.length / 1024, format.equals("pdf") ? String.valueOf((lines.size() + 46) / 47) : "about 20",
                    read.items().size(), read.actions().size(), read.decisions().size(), RUNS, first / 1e6,
                    times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6));
        }
        assertThat((lines.size() + 46) / 47).as("PDF pages").isEqualTo(20);
        var file = Path.of("target", "benchmark", "minutes-extraction.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
    }
}

package org.safeguardinghub.meetings.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadMinutesProgramTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReadMinutesProgram.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        var json = JsonMapper.builder().build();
        var nodes = new ArrayList<JsonNode>();
        for (var line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void aDryRunPrintsOneJsonLinePerFileInNameOrder(@TempDir Path folder) throws Exception {
        try (var seed = Objects.requireNonNull(getClass().getResourceAsStream("/minutes/004-shropshire-practice-oversight-group.txt"))) {
            Files.write(folder.resolve("2023-05-17 oversight group.txt"), seed.readAllBytes());
        }
        Files.write(folder.resolve("2024-11-07 learning subgroup.pdf"), GeneratedMinutes.learningSubgroupPdf());
        Files.writeString(folder.resolve("2024-04-03 qa subgroup.md"), """
                # QA Subgroup minutes, 3 April 2024
                Present: Jane Doe (JD)
                ## 1. Dashboard
                - **Action:** JD to add the new measures by the next meeting.
                """);
        Files.writeString(folder.resolve("agenda.rtf"), "{\\rtf1 not minutes}");
        Files.createDirectory(folder.resolve("older.txt"));

        assertThat(run("--dry-run", folder.toString())).isEqualTo(0);

        var lines = lines();
        assertThat(lines).extracting(n -> n.get("file").asString()).containsExactly(
                "2023-05-17 oversight group.txt", "2024-04-03 qa subgroup.md", "2024-11-07 learning subgroup.pdf");
        assertThat(lines.getFirst().propertyNames()).containsExactly("file", "title", "date", "attendees", "apologies",
                "notInAttendance", "items", "actions", "decisions", "warnings");

        var seed = lines.getFirst();
        assertThat(seed.get("date").asString()).isEqualTo("2023-05-17");
        assertThat(seed.get("actions")).hasSize(14);
        assertThat(seed.get("actions").get(0).get("owners").get(0).asString()).isEqualTo("David Shaw");
        assertThat(seed.get("actions").get(2).get("due").asString()).isEqualTo("within seven days");
        assertThat(seed.get("actions").get(0).get("due").isNull()).isTrue();
        assertThat(seed.get("attendees").get(0).propertyNames()).containsExactly("name", "initials", "organisation", "role");
        assertThat(lines.get(1).get("actions").get(0).get("owners").get(0).asString()).isEqualTo("Jane Doe");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 files read; nothing was saved (dry run).");
    }

    @Test
    void anUnreadableFileIsALineWithAWarningAndTheRunCarriesOn(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a-fake.pdf"), "this is not a PDF");
        Files.write(folder.resolve("b-empty.docx"), new byte[0]);
        Files.writeString(folder.resolve("c-good.txt"), "Minutes of the Test Group, 1 May 2024\nPresent: Jane Doe (JD)\n1. Item\nAction: JD to write.\n");

        assertThat(run("--dry-run", folder.toString())).isEqualTo(0);

        var lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("warnings").get(0).asString()).isEqualTo("a-fake.pdf is not a PDF file");
        assertThat(lines.get(0).get("actions")).isEmpty();
        assertThat(lines.get(1).get("warnings").get(0).asString()).isEqualTo("b-empty.docx is empty");
        assertThat(lines.get(2).get("actions")).hasSize(1);
    }

    @Test
    void aFolderThatDoesNotExistExitsWithOne(@TempDir Path folder) {
        assertThat(run("--dry-run", folder.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no folder at");
        assertThat(out.size()).isZero();
    }

    @Test
    void aDryRunWithoutAFolderExitsWithOne() {
        assertThat(run("--dry-run")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Give the folder of minutes to read: --dry-run <folder>");
    }

    @Test
    void withoutDryRunItSendsYouToTheSavingCommandAndExitsWithTwo(@TempDir Path folder) {
        assertThat(run(folder.toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("This reads only", "bin/import-minutes --partnership <slug> --group <group name> <folder>");
        assertThat(out.size()).isZero();
    }
}

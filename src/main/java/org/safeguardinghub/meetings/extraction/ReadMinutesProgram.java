package org.safeguardinghub.meetings.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a folder of historic minutes and prints what would be imported, one JSON object per file
 * and line, without starting the Hub or touching its database:
 * {@code --dry-run <folder>}.
 */
public final class ReadMinutesProgram {

    static final int DONE = 0;
    static final int NO_FOLDER = 1;
    static final int NOT_A_DRY_RUN = 2;

    private static final Set<String> READABLE = Set.of("docx", "pdf", "md", "markdown", "txt");

    // Record components in the order they are declared, which is the order the issue lists them.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private ReadMinutesProgram() {
    }

    public static void main(String[] args) {
        // PDFBox and POI log through whatever logger is on the class path; keep standard output for
        // the JSON lines alone so that it can be piped into other tools.
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        System.exit(run(args, out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        var arguments = List.of(args);
        if (!arguments.contains("--dry-run")) {
            // bin/import-minutes starts ImportMinutesProgram to save; this class only reads.
            err.println("This reads only: use --dry-run <folder> to see what would be read from each file.");
            err.println("To save, run bin/import-minutes --partnership <slug> --group <group name> <folder>.");
            return NOT_A_DRY_RUN;
        }
        var at = arguments.indexOf("--dry-run");
        if (at + 1 >= arguments.size()) {
            err.println("Give the folder of minutes to read: --dry-run <folder>");
            return NO_FOLDER;
        }
        var folder = Path.of(arguments.get(at + 1));
        if (!Files.isDirectory(folder)) {
            err.println("There is no folder at " + folder.toAbsolutePath());
            return NO_FOLDER;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(ReadMinutesProgram::isReadable).sorted().toList();
        } catch (IOException e) {
            err.println("Could not list " + folder.toAbsolutePath() + ": " + e.getMessage());
            return NO_FOLDER;
        }
        var extractor = new MinutesExtractor();
        for (var file : files) {
            out.println(JSON.writeValueAsString(read(extractor, file)));
        }
        err.println(files.size() + (files.size() == 1 ? " file" : " files") + " read; nothing was saved (dry run).");
        return DONE;
    }

    private static ExtractedMinutes read(MinutesExtractor extractor, Path file) {
        var name = file.getFileName().toString();
        try {
            return extractor.extract(name, Files.readAllBytes(file));
        } catch (MinutesRejected e) {
            return ExtractedMinutes.unreadable(name, e.getMessage());
        } catch (IOException e) {
            return ExtractedMinutes.unreadable(name, "Could not read " + name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // One malformed file must not stop a folder of hundreds; the line says which one failed.
            return ExtractedMinutes.unreadable(name, "Could not read " + name + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean isReadable(Path file) {
        var name = file.getFileName().toString();
        var dot = name.lastIndexOf('.');
        return dot > 0 && READABLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}

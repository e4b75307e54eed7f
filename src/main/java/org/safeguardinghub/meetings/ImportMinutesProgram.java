package org.safeguardinghub.meetings;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.safeguardinghub.HubApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code bin/import-minutes --partnership <slug> --group <name> [--starts-at HH:MM] [--place TEXT] <folder>}:
 * starts the Hub without its web server, on the same database it is configured for, and saves each
 * file of the folder as a meeting of the group (see {@link BulkMinutesImport} for what it takes as
 * certain). Exit code 0 when every file was saved, 3 when some were skipped, 1 for a missing
 * partnership, group or folder, 2 for wrong arguments.
 */
public final class ImportMinutesProgram {

    static final int ALL_SAVED = 0;
    static final int NOT_FOUND = 1;
    static final int USAGE = 2;
    static final int SOME_SKIPPED = 3;

    private ImportMinutesProgram() {
    }

    public static void main(String[] args) {
        // Standard output carries one line per file; the Hub's logs go to standard error.
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        System.exit(run(args, out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String partnership = null;
        String group = null;
        String place = null;
        LocalTime startsAt = null;
        var rest = new ArrayList<String>();
        var list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            var arg = list.get(i);
            var hasValue = i + 1 < list.size();
            switch (arg) {
                case "--partnership" -> partnership = hasValue ? list.get(++i) : null;
                case "--group" -> group = hasValue ? list.get(++i) : null;
                case "--place" -> place = hasValue ? list.get(++i) : null;
                case "--starts-at" -> {
                    startsAt = hasValue ? MinutesPreviewForm.time(list.get(++i)) : null;
                    if (startsAt == null) {
                        err.println("Give --starts-at as hours and minutes, for example 14:00");
                        return USAGE;
                    }
                }
                default -> rest.add(arg);
            }
        }
        if (partnership == null || group == null || rest.size() != 1) {
            err.println("Usage: bin/import-minutes --partnership <slug> --group <group name> [--starts-at HH:MM] "
                    + "[--place TEXT] <folder>");
            err.println("   or: bin/import-minutes --dry-run <folder>   (reads only; needs no database)");
            return USAGE;
        }
        var app = new SpringApplicationBuilder(HubApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN");
        try (var context = app.run()) {
            var outcome = context.getBean(BulkMinutesImport.class).importFolder(partnership, group, Path.of(rest.getFirst()),
                    startsAt, place, out);
            err.println(outcome.saved() + " saved, " + outcome.skipped() + " skipped.");
            return outcome.skipped() == 0 ? ALL_SAVED : SOME_SKIPPED;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return NOT_FOUND;
        } catch (java.io.IOException e) {
            err.println("Could not read the folder: " + e.getMessage());
            return NOT_FOUND;
        }
    }
}

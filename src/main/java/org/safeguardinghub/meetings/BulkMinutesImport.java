package org.safeguardinghub.meetings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.meetings.extraction.MinutesExtractor;
import org.safeguardinghub.meetings.extraction.MinutesRejected;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.stereotype.Component;

/**
 * Saves a folder of historic minutes into one group's meetings without anyone checking each one,
 * so it takes only what is certain. Each file is saved on its own, all or nothing, and gets one line
 * saying what happened:
 *
 * <ul>
 * <li>attendees are recorded only when exactly one person in the partnership has their name;
 * <li>an action whose owners are not all certain is given to the organisation of the group's chair
 *     on the meeting date, who answers for the group's tracker (its wording, which names the owner
 *     as the minutes did, is kept); with no such chair the file is skipped;
 * <li>a file without a meeting date, a start time or a place (unless given on the command line),
 *     or with an action or decision whose item cannot be told, is skipped: import it on the web
 *     page, where a person can check it.
 * </ul>
 */
@Component
class BulkMinutesImport {

    static final String IMPORTED_BY = "bin/import-minutes";
    private static final Set<String> READABLE = Set.of("docx", "pdf", "md", "markdown", "txt");

    private final MinutesImport minutesImport;
    private final MinutesMatching matching;
    private final Partnerships partnerships;
    private final PartnershipStructure structure;
    private final MinutesExtractor extractor = new MinutesExtractor();

    BulkMinutesImport(MinutesImport minutesImport, MinutesMatching matching, Partnerships partnerships,
            PartnershipStructure structure) {
        this.minutesImport = minutesImport;
        this.matching = matching;
        this.partnerships = partnerships;
        this.structure = structure;
    }

    record Outcome(int saved, int skipped) {
    }

    /** @throws IllegalArgumentException naming the partnership, group or folder that does not exist */
    Outcome importFolder(String partnershipSlug, String groupName, Path folder, LocalTime defaultStart,
            String defaultPlace, PrintStream out) throws IOException {
        var partnership = partnerships.bySlug(partnershipSlug)
                .orElseThrow(() -> new IllegalArgumentException("There is no partnership " + partnershipSlug));
        var matches = structure.groups(partnership.getId()).stream()
                .filter(g -> g.getName().equalsIgnoreCase(groupName.strip())).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.isEmpty()
                    ? partnership.getName() + " has no group called " + groupName
                    : partnership.getName() + " has more than one group called " + groupName);
        }
        var group = matches.getFirst();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("There is no folder at " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(BulkMinutesImport::isReadable).sorted().toList();
        }
        int saved = 0;
        int skipped = 0;
        for (var file : files) {
            var name = file.getFileName().toString();
            try {
                out.println(name + ": " + importFile(partnership.getId(), group, name, Files.readAllBytes(file),
                        defaultStart, defaultPlace));
                saved++;
            } catch (Skipped | MinutesRejected e) {
                out.println(name + ": skipped, nothing saved. " + e.getMessage());
                skipped++;
            } catch (Refused e) {
                out.println(name + ": skipped, nothing saved. " + e.getMessage());
                skipped++;
            } catch (IOException | RuntimeException e) {
                out.println(name + ": skipped, nothing saved. It could not be read or saved ("
                        + e.getClass().getSimpleName() + ")");
                skipped++;
            }
        }
        return new Outcome(saved, skipped);
    }

    private String importFile(long partnershipId, Group group, String name, byte[] content, LocalTime defaultStart,
            String defaultPlace) throws MinutesRejected, Skipped {
        var draft = matching.draft(partnershipId, group.getId(), extractor.read(name, content));
        if (draft.date() == null) {
            throw new Skipped("No meeting date was found in it");
        }
        var startsAt = draft.startsAt() != null ? draft.startsAt() : defaultStart;
        if (startsAt == null) {
            throw new Skipped("It gives no start time; give one with --starts-at");
        }
        var place = draft.place() != null ? draft.place() : defaultPlace;
        if (place == null) {
            throw new Skipped("It does not say where the meeting was held; give a place with --place");
        }
        var attendees = draft.attendees().stream().filter(MinutesDraft.AttendeeRow::certain)
                .map(a -> new ConfirmedMinutes.Attendee(a.personId(), a.status())).toList();
        var items = draft.items().stream().map(i -> new ConfirmedMinutes.Item(i.title(), false)).toList();
        Long chairOrganisation = null;
        var actions = new ArrayList<ConfirmedMinutes.Action>();
        int fallbacks = 0;
        for (int i = 0; i < draft.actions().size(); i++) {
            var row = draft.actions().get(i);
            if (row.item() == null) {
                throw new Skipped("The item of action " + (i + 1) + " cannot be told");
            }
            var owners = row.certainOwners();
            if (owners.isEmpty()) {
                if (chairOrganisation == null) {
                    chairOrganisation = chairOrganisation(partnershipId, group, draft);
                }
                owners = List.of(MinutesDraft.organisation(chairOrganisation));
                fallbacks++;
            }
            actions.add(action(i + 1, row, owners));
        }
        var decisions = new ArrayList<ConfirmedMinutes.Decision>();
        for (int i = 0; i < draft.decisions().size(); i++) {
            var row = draft.decisions().get(i);
            if (row.item() == null) {
                throw new Skipped("The item of decision " + (i + 1) + " cannot be told");
            }
            decisions.add(new ConfirmedMinutes.Decision(row.item(), row.text()));
        }
        var link = place.startsWith("https://") ? place : null;
        var meeting = minutesImport.importMinutes(new ConfirmedMinutes(partnershipId, group.getId(), name, draft.date(),
                startsAt, draft.endsAt() != null && draft.endsAt().isAfter(startsAt) ? draft.endsAt() : null,
                link == null ? place : null, link, attendees, items, actions, decisions, IMPORTED_BY));
        var unmatched = draft.attendees().size() - attendees.size();
        return "saved as the meeting of " + MeetingDiary.DAY.format(meeting.getHeldOn()) + " (" + count(items.size(), "item")
                + ", " + count(actions.size(), "action") + ", " + count(decisions.size(), "decision") + ", "
                + count(attendees.size(), "person") + " on the attendance record"
                + (unmatched > 0 ? ", " + unmatched + " not matched with certainty and left out" : "") + ")"
                + (fallbacks > 0 ? "; " + count(fallbacks, "action") + " given to the chair's organisation because "
                        + (fallbacks == 1 ? "its owner was" : "their owners were") + " not certain" : "");
    }

    private static ConfirmedMinutes.Action action(int number, MinutesDraft.ActionRow row, List<String> owners) {
        var persons = new java.util.LinkedHashSet<Long>();
        var organisations = new java.util.LinkedHashSet<Long>();
        for (var owner : owners) {
            if (owner.startsWith("person:")) persons.add(Long.valueOf(owner.substring(7)));
            if (owner.startsWith("organisation:")) organisations.add(Long.valueOf(owner.substring(13)));
        }
        return new ConfirmedMinutes.Action(number, row.item(), row.text(), persons, organisations,
                owners.contains(MinutesDraft.ALL_PARTNERS), row.dueOn());
    }

    private Long chairOrganisation(long partnershipId, Group group, MinutesDraft draft) throws Skipped {
        var chairs = structure.membersOf(partnershipId, group.getId()).stream()
                .filter(m -> m.membership().getRole() == MembershipRole.CHAIR && m.organisation() != null).toList();
        return chairs.stream().filter(m -> m.membership().isCurrent(draft.date())).findFirst()
                .or(() -> chairs.stream().filter(m -> m.isCurrent()).findFirst())
                .map(m -> m.organisation().getId())
                .orElseThrow(() -> new Skipped("An action's owner is not certain and " + group.getName()
                        + " has no chair with an organisation to give it to"));
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("person") ? "people" : noun + "s");
    }

    private static boolean isReadable(Path file) {
        var name = file.getFileName().toString();
        var dot = name.lastIndexOf('.');
        return dot > 0 && READABLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A file the command line will not save without a person checking it; the message says why. */
    static final class Skipped extends Exception {
        Skipped(String message) {
            super(message);
        }
    }
}

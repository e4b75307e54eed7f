package org.safeguardinghub.meetings.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguardinghub.meetings.extraction.ExtractedMinutes.Decision;
import org.safeguardinghub.meetings.extraction.ExtractedMinutes.Item;
import org.safeguardinghub.meetings.extraction.MinutesText.Block;

/**
 * One reading of one set of minutes, top to bottom: the heading, the attendance lists, then the
 * agenda items with their actions and decisions, and any action table.
 *
 * <p>An action is only what the minutes mark as one ("Action:", an "Actions:" list, an inline
 * "(Action: …)", a row of an action table); the word "action" in a sentence is not. The same goes
 * for decisions ("Decision:", "Agreed:", "RESOLVED"). Its owners are who must act: the subject of
 * the action ("DS to link with LC…" is owned by DS alone; people it is done with, for or through
 * are collaborators), or an explicit "Owner:"/"Lead:", a trailing "– LC" or "(LC)", the owner
 * column of an action table, or the name in "(Action: Jane Doe)".
 */
final class MinutesReading {

    private enum Section { NONE, PRESENT, APOLOGIES, ABSENT, ACTION_TABLE, ACTION_LIST, DECISION_LIST }

    private enum Column { ITEM, NUMBER, NAME, INITIALS, ORGANISATION, ROLE, ACTION, OWNER, DUE, OTHER }

    private record PendingAction(String item, String text, List<String> owners, String due) {
    }

    private record Owners(List<String> owners, String due) {
    }

    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:(?:draft|confirmed|approved|unconfirmed|final)\\s+)?(?:minutes|notes)\\b|\\bminutes\\s+(?:of|from)\\b|\\bminutes\\s*$");
    private static final Pattern ITEM_HEADING = Pattern.compile(
            "^(?:(?i:item)\\s+(?<a>\\d{1,2})\\s*[.:)–—-]?|(?<b>\\d{1,2})[.)](?!\\d))\\s*(?<rest>\\S.*)$");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^(?<c>\\d{1,2})\\s+(?<rest>\\S.*)$");
    private static final Pattern PRESENT_HEADING = Pattern.compile(
            "(?i)^(?:present|attendees|attendance|in\\s+attendance|members\\s+present|those\\s+present|also\\s+present"
                    + "|also\\s+in\\s+attendance|attending|officers\\s+present|members)\\s*(?:[:–—-]\\s*(?<rest>.*))?$");
    private static final Pattern ABSENT_HEADING = Pattern.compile(
            "(?i)^(?:not\\s+in\\s+attendance|not\\s+present|absent|absent\\s+without\\s+apologies|did\\s+not\\s+attend)"
                    + "\\s*(?:[:–—-]\\s*(?<rest>.*))?$");
    private static final Pattern APOLOGIES_LEAD = Pattern.compile(
            "^(?:Apologies|APOLOGIES)\\b(?:\\s+for\\s+absence)?(?:\\s+(?:were\\s+)?(?:received|noted|given|sent)(?:\\s+from)?|\\s+from)?"
                    + "(?:\\s*[:–—-])?\\s*");
    private static final Pattern BUSINESS_UNIT_HEADING = Pattern.compile("(?i)^[\\p{L}&'’ ]{0,80}\\bbusiness\\s+(?:support\\s+)?unit$");
    private static final Pattern NO_ONE = Pattern.compile("(?i)^(?:none|none\\s+received|nil|no\\s+apologies(?:\\s+were)?(?:\\s+received)?"
            + "|there\\s+were\\s+no\\s+apologies|n/?a)\\.?$");
    private static final Pattern SUBHEADING = Pattern.compile(
            "\\b(?:Apologies|Attendance(?:\\s+report)?|Conflicts?\\s+of\\s+[Ii]nterests?|Declarations?\\s+of\\s+[Ii]nterests?"
                    + "|Confidentiality(?:\\s+[Ss]tatement)?|Minutes\\s+of\\s+(?:the\\s+)?(?:last|previous)\\s+[Mm]eeting"
                    + "|Matters\\s+[Aa]rising|Any\\s+[Oo]ther\\s+[Bb]usiness|Date\\s+of\\s+[Nn]ext\\s+[Mm]eeting)\\b");
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(?:[A-Z]{2,3}[a-z]?|[A-Z][\\p{L}'’-]+\\s+[A-Z][\\p{L}'’-]+)\\s+(?:requested|said|asked|gave|explained|informed"
                    + "|noted|reported|presented|confirmed|suggested|highlighted|welcomed|introduced|advised|shared|provided"
                    + "|opened|updated|stated|raised|outlined|thanked|led|talked|spoke|went|proposed)\\b");
    private static final Pattern MARKER = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<action>ACTIONS?|Actions?)|(?<decision>DECISIONS?|Decisions?)|(?<resolved>RESOLVED|Resolved|AGREED|Agreed))"
                    + "(?![\\p{L}])(?:\\s*(?:[:–—]|-(?![\\w]))|(?<that>(?=\\s+(?:that|That|THAT)\\b)))");
    private static final Pattern NO_ACTION = Pattern.compile(
            "(?i)^(?:none|nil|n/?a|no\\s+(?:new\\s+)?(?:actions?|decisions?)(?:\\s+(?:arising|were\\s+(?:made|agreed)))?|none\\s+arising)\\.?$");
    private static final Pattern LIST_LABEL = Pattern.compile("^\\(?(?:[a-z]|[ivx]{1,4}|\\d{1,2})[.)]\\s+(?<rest>.*)$");
    private static final Pattern OWNER_FIELD = Pattern.compile(
            "(?i)(?:^|[\\s.;,(\\[–—-])(?:owners?|lead|responsible|by\\s+whom|action\\s+by|who)\\s*:\\s*(?<value>.+?)"
                    + "(?=\\s*(?:[;|)\\]]|\\.\\s|\\.$|[,\\s]\\s*(?:due(?:\\s+date)?|by\\s+when|deadline|timescale|target\\s+date|date|when)\\s*:|$))");
    private static final Pattern DUE_FIELD = Pattern.compile(
            "(?i)(?:^|[\\s.;,(\\[–—-])(?:due(?:\\s+date)?|by\\s+when|deadline|timescale|target\\s+date|completion\\s+date|when)\\s*:\\s*"
                    + "(?<value>.+?)(?=\\s*(?:[;|)\\]]|\\.\\s|\\.$|[,\\s]\\s*(?:owners?|lead|responsible|by\\s+whom)\\s*:|$))");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:it\\s+was\\s+agreed\\s+that\\s+|agreed\\s+that\\s+|that\\s+)?(?<subject>.+?)\\s+"
                    + "(?<verb>to|will|should|must|shall|would|is\\s+to|are\\s+to|agreed\\s+to|ha(?:s|ve)\\s+agreed\\s+to|needs?\\s+to"
                    + "|offered\\s+to|committed\\s+to)\\s+(?<next>\\p{L}+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENT = Pattern.compile("\\bby\\s+(?<agent>(?:the\\s+)?[A-Z][^,.;()]*?)(?=\\s*(?:[,.;()]|\\s(?:by|before|within|at|on)\\s|$))");
    private static final Pattern OWNER_SPLIT = Pattern.compile("\\s*(?:,|;|/|&|\\+|\\band\\b)\\s*");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(?<text>.*?)\\s*[(\\[](?<inside>[^()\\[\\]]+)[)\\]]\\s*\\.?$");
    private static final Pattern TRAILING_DASH = Pattern.compile("^(?<text>.*?\\S)\\s+[–—-]\\s+(?<after>[^–—]+?)\\s*\\.?$");
    private static final Pattern SENTENCE_STOP = Pattern.compile("\\.(?:\\s|$)");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\"“‘(]?[A-Z0-9])");
    private static final Pattern PRESENTER = Pattern.compile("(?i)^(?:presented\\s+by|presenter|led\\s+by|lead|introduced\\s+by)\\s*:?\\s+.*");
    private static final int LONG_HEADING_WORDS = 14;

    private final String file;
    private final MinutesText text;
    private final AttendanceList attendance = new AttendanceList();
    private final List<Item> items = new ArrayList<>();
    private final List<PendingAction> pending = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private String title;
    private LocalDate date;
    private int itemNumber = -1;
    private String currentItem;
    private Section section = Section.NONE;
    private Map<Column, Integer> columns;
    private String sectionOrganisation;
    private AttendanceList.Person lastPerson;
    private String lastProse = "";

    MinutesReading(String file, MinutesText text) {
        this.file = file;
        this.text = text;
    }

    ExtractedMinutes read() {
        var blocks = text.blocks();
        readHeading(blocks);
        for (var block : blocks) {
            handle(block);
        }
        var found = new ArrayList<String>();
        if (attendance.isEmpty()) {
            found.add("No list of those present was found, so no owner could be matched to a person");
        }
        found.addAll(attendance.sharedInitials());
        found.addAll(warnings);
        var actions = new ArrayList<ExtractedMinutes.Action>();
        for (var action : pending) {
            var where = describeAction(action.item());
            var owners = new ArrayList<String>();
            for (var owner : action.owners()) {
                var resolved = attendance.resolve(owner, where, found);
                if (!owners.contains(resolved)) {
                    owners.add(resolved);
                }
            }
            if (owners.isEmpty()) {
                found.add(where + " has no owner that could be read: \"" + shorten(action.text()) + "\"");
            }
            actions.add(new ExtractedMinutes.Action(action.item(), action.text(), owners, action.due()));
        }
        return new ExtractedMinutes(file, title, date, attendance.attendees(), attendance.apologies(),
                attendance.notInAttendance(), items, actions, decisions, List.copyOf(new LinkedHashSet<>(found)));
    }

    private void readHeading(List<Block> blocks) {
        int end = 0;
        while (end < blocks.size() && !startsTheBody(blocks.get(end))) {
            end++;
        }
        var heading = blocks.subList(0, end);
        for (int i = 0; i < heading.size() && title == null; i++) {
            var line = heading.get(i).plain();
            if (line.length() <= 160 && !line.endsWith(".") && TITLE.matcher(line).find()) {
                title = line.matches("(?i)^(?:draft\\s+)?minutes:?$") ? nextNonBlank(heading, i) : line;
            }
        }
        if (title == null) {
            title = blocks.stream().filter(b -> b.heading() && !b.isBlank()).map(Block::plain).findFirst()
                    .orElseGet(() -> nextNonBlank(blocks, -1));
        }
        if (title == null) {
            warnings.add("No title was found");
        }
        date = heading.stream().map(b -> DueDates.meetingDate(b.plain())).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> blocks.stream().limit(40).map(b -> DueDates.meetingDate(b.plain()))
                        .flatMap(Optional::stream).findFirst().orElse(null));
        if (date == null) {
            warnings.add("No meeting date was found");
        }
    }

    private boolean startsTheBody(Block block) {
        var plain = block.plain();
        return ITEM_HEADING.matcher(plain).matches() || PRESENT_HEADING.matcher(plain).matches()
                || APOLOGIES_LEAD.matcher(plain).lookingAt() || (block.isRow() && !headerColumns(block).isEmpty());
    }

    private static String nextNonBlank(List<Block> blocks, int after) {
        return blocks.stream().skip(after + 1).filter(b -> !b.isBlank()).map(Block::plain).findFirst().orElse(null);
    }

    private void handle(Block block) {
        if (block.isBlank()) {
            return;
        }
        var plain = block.plain();
        if (block.isRow()) {
            var header = headerColumns(block);
            if (header.containsKey(Column.ACTION) && (header.containsKey(Column.OWNER) || header.containsKey(Column.DUE))) {
                section = Section.ACTION_TABLE;
                columns = header;
                return;
            }
            var inAttendance = section == Section.PRESENT || section == Section.ABSENT || section == Section.APOLOGIES;
            // A table of people inside an agenda item (a task group's members) is not the attendance.
            if (header.containsKey(Column.NAME) && (itemNumber < 0 || inAttendance)) {
                columns = header;
                if (!inAttendance) {
                    section = Section.PRESENT;
                    sectionOrganisation = null;
                }
                return;
            }
        }
        if (attendanceHeading(plain)) {
            return;
        }
        if (itemHeading(block)) {
            return;
        }
        switch (section) {
            case PRESENT, ABSENT, APOLOGIES -> {
                if (attendanceEntry(block)) {
                    return;
                }
            }
            case ACTION_TABLE -> {
                if (block.isRow()) {
                    tableAction(block.cells());
                    return;
                }
            }
            case ACTION_LIST, DECISION_LIST -> {
                if (listEntry(block)) {
                    return;
                }
            }
            case NONE -> {
            }
        }
        section = Section.NONE;
        body(plain);
    }

    // Attendance

    private boolean attendanceHeading(String plain) {
        var beforeItems = itemNumber < 0;
        Matcher m;
        if (beforeItems && (m = PRESENT_HEADING.matcher(plain)).matches()) {
            openSection(Section.PRESENT, null);
            inlineEntries(m.group("rest"));
            return true;
        }
        if ((m = ABSENT_HEADING.matcher(plain)).matches()) {
            openSection(Section.ABSENT, null);
            inlineEntries(m.group("rest"));
            return true;
        }
        if (beforeItems && plain.split("\\s+").length <= 10 && BUSINESS_UNIT_HEADING.matcher(plain).matches()) {
            openSection(Section.PRESENT, plain);
            return true;
        }
        if ((m = APOLOGIES_LEAD.matcher(plain)).lookingAt()) {
            openSection(Section.APOLOGIES, null);
            var rest = plain.substring(m.end());
            if (!rest.isBlank()) {
                apologies(rest);
                section = Section.NONE;
            }
            return true;
        }
        return false;
    }

    private void openSection(Section kind, String organisation) {
        section = kind;
        sectionOrganisation = organisation;
        columns = null;
        lastPerson = null;
    }

    private void inlineEntries(String rest) {
        if (rest == null || rest.isBlank()) {
            return;
        }
        var kind = section;
        if (!NO_ONE.matcher(rest.strip()).matches()) {
            var parts = splitList(rest);
            var entries = parts.stream().map(AttendanceList::entry).toList();
            if (entries.stream().noneMatch(Optional::isPresent)) {
                warnings.add("The " + describe(kind) + " line names no one: \"" + rest.strip() + "\"");
            } else {
                for (int i = 0; i < parts.size(); i++) {
                    if (entries.get(i).isPresent()) {
                        record(kind, entries.get(i).get());
                    } else {
                        warnings.add("Could not read \"" + parts.get(i) + "\" as a person in the " + describe(kind) + " list");
                    }
                }
            }
        }
        section = Section.NONE;
    }

    /** "A, B and C", or "A – title, organisation; B – …" where semicolons keep each person's details together. */
    private static List<String> splitList(String text) {
        var whole = text.strip().replaceAll("\\.$", "");
        var parts = new ArrayList<String>();
        if (whole.contains(";")) {
            for (var part : splitOutsideBrackets(whole, ";")) {
                parts.add(part.strip().replaceFirst("^and\\s+", ""));
            }
        } else {
            for (var part : splitOutsideBrackets(whole, ",")) {
                for (var piece : splitOutsideBrackets(part, " and ")) {
                    parts.add(piece.strip().replaceFirst("^and\\s+", ""));
                }
            }
        }
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static List<String> splitOutsideBrackets(String text, String separator) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private boolean attendanceEntry(Block block) {
        if (block.isRow()) {
            var cells = block.cells();
            var nameAt = columnOr(Column.NAME, 0);
            var nameCell = nameAt < cells.size() ? cells.get(nameAt) : "";
            if (!MinutesText.hasWords(nameCell)) {
                if (lastPerson != null && columns != null) {
                    // A cell that wrapped onto the next line of the table continues the one above.
                    cell(cells, Column.ORGANISATION).ifPresent(lastPerson::continueOrganisation);
                    cell(cells, Column.ROLE).ifPresent(lastPerson::continueRole);
                }
                return true;
            }
            var found = AttendanceList.person(nameCell).filter(p -> p.rest.isEmpty());
            if (found.isEmpty()) {
                return false;
            }
            var person = found.get();
            if (columns == null) {
                var others = new ArrayList<String>();
                for (int i = 0; i < cells.size(); i++) {
                    if (i != nameAt && MinutesText.hasWords(cells.get(i))) {
                        others.add(cells.get(i));
                    }
                }
                AttendanceList.describe(person, others);
            } else {
                cell(cells, Column.INITIALS).ifPresent(i -> person.initials = i);
                cell(cells, Column.ORGANISATION).ifPresent(o -> person.organisation = o);
                cell(cells, Column.ROLE).ifPresent(r -> person.role = r);
            }
            record(section, person);
            return true;
        }
        var entry = AttendanceList.entry(block.plain());
        if (entry.isEmpty()) {
            if (section == Section.APOLOGIES && NO_ONE.matcher(block.plain()).matches()) {
                return true;
            }
            return false;
        }
        record(section, entry.get());
        return true;
    }

    private void record(Section kind, AttendanceList.Person person) {
        if (person.organisation == null && sectionOrganisation != null) {
            person.organisation = sectionOrganisation;
        }
        switch (kind) {
            case PRESENT -> attendance.addPresent(person);
            case ABSENT -> attendance.addAbsent(person);
            case APOLOGIES -> attendance.addApology(person.name);
            default -> throw new IllegalStateException(kind.name());
        }
        lastPerson = person;
    }

    private int columnOr(Column column, int otherwise) {
        if (columns == null) {
            return otherwise;
        }
        return columns.getOrDefault(column, otherwise);
    }

    private Optional<String> cell(List<String> cells, Column column) {
        if (columns == null || !columns.containsKey(column)) {
            return Optional.empty();
        }
        int at = columns.get(column);
        return at < cells.size() && MinutesText.hasWords(cells.get(at)) ? Optional.of(cells.get(at)) : Optional.empty();
    }

    /**
     * Apologies as a list ("A, B and C"), or run together with their organisations by a PDF or
     * a table ("Sonya Jones – We are With You Zoe Price – Shropshire Domestic Abuse Service …"),
     * where a name is taken to be the last two words before each dash.
     */
    private void apologies(String text) {
        var rest = text.strip();
        var cut = SUBHEADING.matcher(rest);
        if (cut.find() && cut.start() > 0) {
            rest = rest.substring(0, cut.start()).strip();
        }
        var sentence = SENTENCE_STOP.matcher(rest);
        if (sentence.find()) {
            rest = rest.substring(0, sentence.start()).strip();
        }
        if (rest.isEmpty() || NO_ONE.matcher(rest).matches() || rest.matches("(?i)^(?:there\\s+were\\s+)?no(?:ne)?\\b.*")) {
            return;
        }
        var parts = splitList(rest);
        var segments = rest.split("\\s+[–—-]\\s+");
        if (parts.size() == 1 && segments.length >= 3) {
            var names = new ArrayList<String>();
            AttendanceList.person(segments[0]).filter(p -> p.rest.isEmpty()).ifPresent(p -> names.add(p.name));
            for (int i = 1; i < segments.length - 1; i++) {
                var words = segments[i].strip().split("\\s+");
                if (words.length >= 3) {
                    var candidate = words[words.length - 2] + " " + words[words.length - 1];
                    if (AttendanceList.isPersonName(candidate)) {
                        names.add(candidate);
                    }
                }
            }
            names.forEach(attendance::addApology);
            warnings.add("The apologies run names and organisations together; read as " + AttendanceList.joinNames(names));
            return;
        }
        for (var part : parts) {
            var person = AttendanceList.person(part);
            if (person.isPresent() && (person.get().rest.isEmpty() || person.get().rest.matches("^[–—,:;(\\-].*"))) {
                attendance.addApology(person.get().name);
            } else {
                warnings.add("Could not read \"" + part + "\" as a person in the apologies");
            }
        }
    }

    private static String describe(Section kind) {
        return switch (kind) {
            case PRESENT -> "attendance";
            case ABSENT -> "not in attendance";
            case APOLOGIES -> "apologies";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    // Tables

    private static Map<Column, Integer> headerColumns(Block block) {
        var found = new EnumMap<Column, Integer>(Column.class);
        var cells = block.cells();
        for (int i = 0; i < cells.size(); i++) {
            var column = column(cells.get(i));
            if (column != null && column != Column.OTHER) {
                found.putIfAbsent(column, i);
            }
        }
        var recognised = found.size();
        if (recognised < 2) {
            return Map.of();
        }
        return found;
    }

    private static Column column(String header) {
        var h = header.toLowerCase(Locale.ROOT).replaceAll("[.:*]", "").strip();
        return switch (h) {
            case "name", "attendee", "attendees", "member", "members", "present", "name and initials" -> Column.NAME;
            case "initials" -> Column.INITIALS;
            case "organisation", "organization", "agency", "organisation/agency", "agency/organisation", "representing",
                    "org", "service", "organisation / agency" -> Column.ORGANISATION;
            case "job title", "title", "role", "position", "designation", "job role" -> Column.ROLE;
            case "action", "actions", "action required", "agreed action", "action agreed", "description" -> Column.ACTION;
            case "owner", "owners", "lead", "responsible", "who", "by whom", "action owner", "lead officer",
                    "responsible officer", "action by" -> Column.OWNER;
            case "due", "due date", "deadline", "by when", "target date", "timescale", "when", "completion date",
                    "target", "date due" -> Column.DUE;
            case "item", "agenda item", "minute", "minute no", "item no", "min ref", "minute ref" -> Column.ITEM;
            case "no", "number", "ref", "#", "action no", "action ref", "reference" -> Column.NUMBER;
            case "status", "update", "progress", "rag", "comments" -> Column.OTHER;
            default -> null;
        };
    }

    /**
     * A row of an action table. Its agenda item comes from an "Item" or "Minute" column, or from a
     * reference such as "3.2" (item 3, action 2); a bare "1" in a "No." column numbers the action,
     * not the item, so the item is left empty rather than guessed.
     */
    private void tableAction(List<String> cells) {
        var text = cell(cells, Column.ACTION).orElse(null);
        if (text == null) {
            return;
        }
        String item = cell(cells, Column.ITEM).map(v -> v.replaceAll("[.:]$", "")).orElse(null);
        if (item == null) {
            item = cell(cells, Column.NUMBER).map(v -> v.replaceAll("[.:]$", ""))
                    .filter(v -> v.matches("\\d{1,2}\\.\\d{1,2}")).map(v -> v.substring(0, v.indexOf('.'))).orElse(null);
        }
        var owners = cell(cells, Column.OWNER).map(o -> ownerList(o).map(Owners::owners).orElse(List.of(o.strip())))
                .orElse(List.of());
        var due = cell(cells, Column.DUE).map(d -> DueDates.field(d, date, warnings)).orElse(null);
        if (owners.isEmpty()) {
            var parsed = parseAction(text, item);
            pending.add(new PendingAction(item, parsed.text(), parsed.owners(), due != null ? due : parsed.due()));
        } else {
            pending.add(new PendingAction(item, capitalise(text), owners, due));
        }
    }

    // Agenda items

    private boolean itemHeading(Block block) {
        var plain = block.plain();
        var m = ITEM_HEADING.matcher(plain);
        String number;
        String rest;
        if (m.matches()) {
            number = m.group("a") != null ? m.group("a") : m.group("b");
            rest = m.group("rest");
        } else if (block.heading() && (m = HEADING_NUMBER.matcher(plain)).matches()) {
            number = m.group("c");
            rest = m.group("rest");
        } else {
            return false;
        }
        var n = Integer.parseInt(number);
        if (itemNumber >= 0 && (n <= itemNumber || n > itemNumber + 3)) {
            return false;
        }
        var words = rest.split("\\s+").length;
        if (!block.isRow() && !block.heading() && (words > LONG_HEADING_WORDS || rest.endsWith("."))) {
            return false;
        }
        itemNumber = n;
        currentItem = number;
        section = Section.NONE;
        lastProse = "";
        String body = null;
        var title = rest;
        if (block.isRow()) {
            var cells = block.cells().stream().filter(MinutesText::hasWords).toList();
            if (cells.size() >= 3 && cells.get(1).split("\\s+").length <= LONG_HEADING_WORDS) {
                title = cells.get(1);
                body = String.join(" ", cells.subList(2, cells.size()));
            }
        }
        if (body == null && title.split("\\s+").length > LONG_HEADING_WORDS) {
            int cut = runOnCut(title);
            if (cut > 0) {
                body = title.substring(cut).strip();
                title = title.substring(0, cut).strip();
            }
        }
        items.add(new Item(number, withoutPresenter(title)));
        if (body != null && !body.isBlank() && !isPresenter(body)) {
            // A run-on first paragraph may open the apologies and still hold actions further on.
            var apologiesOrAttendance = attendanceHeading(body);
            if (!apologiesOrAttendance || MARKER.matcher(body).find()) {
                body(body);
            }
        }
        return true;
    }

    /** Where a heading that a table or PDF ran into its first paragraph stops being a title. */
    private static int runOnCut(String text) {
        int cut = -1;
        for (var pattern : List.of(SUBHEADING, SPEAKER, MARKER)) {
            var m = pattern.matcher(text);
            while (m.find()) {
                if (m.start() > 0) {
                    cut = cut < 0 ? m.start() : Math.min(cut, m.start());
                    break;
                }
            }
        }
        return cut;
    }

    /** "5. Neglect strategy (Jane Doe)" is titled "Neglect strategy"; Jane Doe presented it and owns nothing. */
    private String withoutPresenter(String title) {
        var m = TRAILING_BRACKET.matcher(title);
        if (m.matches() && !m.group("text").isBlank() && isPresenter(m.group("inside"))) {
            return m.group("text").strip();
        }
        var dash = TRAILING_DASH.matcher(title);
        if (dash.matches() && isPresenter(dash.group("after"))) {
            return dash.group("text").strip();
        }
        return title.strip();
    }

    private boolean isPresenter(String text) {
        var inside = text.strip();
        if (PRESENTER.matcher(inside).matches()) {
            return true;
        }
        var parts = OWNER_SPLIT.split(inside);
        for (var part : parts) {
            var p = part.strip();
            var known = attendance.attendees().stream()
                    .anyMatch(a -> p.equals(a.initials()) || p.equalsIgnoreCase(a.name()));
            if (!known && !AttendanceList.isPersonName(p)) {
                return false;
            }
        }
        return parts.length > 0;
    }

    // Actions and decisions in the text of an item

    private record Marker(int start, int end, boolean decision, boolean inline) {
    }

    private void body(String paragraph) {
        var markers = markers(paragraph);
        if (markers.isEmpty()) {
            lastProse = paragraph;
            return;
        }
        int consumed = 0;
        for (int k = 0; k < markers.size(); k++) {
            var marker = markers.get(k);
            var prose = paragraph.substring(consumed, marker.inline() ? marker.start() - 1 : marker.start()).strip();
            if (!prose.isEmpty()) {
                lastProse = prose;
            }
            int end;
            if (marker.inline()) {
                var close = paragraph.indexOf(paragraph.charAt(marker.start() - 1) == '(' ? ')' : ']', marker.end());
                end = close < 0 ? paragraph.length() : close;
                consumed = close < 0 ? end : close + 1;
            } else {
                end = k + 1 < markers.size() ? markers.get(k + 1).start() - (markers.get(k + 1).inline() ? 1 : 0)
                        : paragraph.length();
                consumed = end;
            }
            var content = paragraph.substring(marker.end(), end).strip();
            if (marker.decision()) {
                decision(content);
            } else {
                action(content);
            }
        }
        var after = paragraph.substring(Math.min(consumed, paragraph.length())).strip();
        if (!after.isEmpty()) {
            lastProse = after;
        }
    }

    private static List<Marker> markers(String paragraph) {
        var found = new ArrayList<Marker>();
        var m = MARKER.matcher(paragraph);
        while (m.find()) {
            var resolved = m.group("resolved") != null;
            if (m.group("that") != null && !resolved) {
                continue;
            }
            var prefix = paragraph.substring(0, m.start()).stripTrailing();
            var inline = prefix.endsWith("(") || prefix.endsWith("[");
            var accepted = prefix.isEmpty() || inline || ".!?:;".indexOf(prefix.charAt(prefix.length() - 1)) >= 0
                    || (resolved && prefix.matches("(?s).*\\b(?i:it\\s+was)$"));
            if (accepted) {
                // An inline marker starts just after its bracket, so the bracket can be found again.
                found.add(new Marker(inline ? prefix.length() : m.start(), m.end(), m.group("action") == null, inline));
            }
        }
        return found;
    }

    private void decision(String content) {
        if (content.isEmpty()) {
            section = Section.DECISION_LIST;
            return;
        }
        if (!NO_ACTION.matcher(content).matches()) {
            decisions.add(new Decision(currentItem, capitalise(content)));
        }
    }

    private void action(String content) {
        if (content.isEmpty()) {
            section = Section.ACTION_LIST;
            return;
        }
        if (NO_ACTION.matcher(content).matches()) {
            return;
        }
        var ownersOnly = ownerList(content);
        if (ownersOnly.isPresent() && !SUBJECT.matcher(content).find()) {
            var sentence = lastSentence(lastProse);
            if (sentence.isEmpty()) {
                warnings.add(describeAction(currentItem) + " names only its owner (" + content + ") and no task");
                sentence = content;
            }
            var due = ownersOnly.get().due() != null ? ownersOnly.get().due() : DueDates.inText(sentence, date, warnings);
            pending.add(new PendingAction(currentItem, capitalise(sentence), ownersOnly.get().owners(), due));
            return;
        }
        pending.add(parseAction(content, currentItem));
    }

    private boolean listEntry(Block block) {
        var plain = block.plain();
        var label = LIST_LABEL.matcher(plain);
        String content;
        if (block.bullet()) {
            content = plain;
        } else if (label.matches()) {
            content = label.group("rest");
        } else if (section == Section.DECISION_LIST && plain.matches("^(?:That|that|THAT)\\s.*")) {
            content = plain;
        } else {
            return false;
        }
        if (!markers(content).isEmpty()) {
            body(content);
        } else if (section == Section.DECISION_LIST) {
            decision(content);
            section = Section.DECISION_LIST;
        } else {
            action(content);
            section = Section.ACTION_LIST;
        }
        return true;
    }

    private static String describeAction(String item) {
        return item == null ? "Action outside the numbered items" : "Action in item " + item;
    }

    /**
     * The task, owners and deadline of an action's wording. Explicit "Owner:" and "Due:" fields come
     * first; then the subject before "to"/"will"; then a trailing "– LC" or "(LC)".
     */
    private PendingAction parseAction(String content, String item) {
        var text = content.strip();
        List<String> owners = List.of();
        String dueField = null;
        var ownerField = OWNER_FIELD.matcher(text);
        if (ownerField.find()) {
            owners = ownerList(ownerField.group("value")).map(Owners::owners).orElse(List.of(ownerField.group("value").strip()));
            text = remove(text, ownerField);
        }
        var due = DUE_FIELD.matcher(text);
        if (due.find()) {
            dueField = due.group("value");
            text = remove(text, due);
        }
        text = text.replaceAll("\\s+([.,;])", "$1").replaceAll("[\\s;,|–—-]+$", "").replaceAll("\\.(\\s*\\.)+$", ".").strip();
        String trailingDue = null;
        if (owners.isEmpty()) {
            owners = subjectOwners(text);
        }
        if (owners.isEmpty()) {
            var bracket = TRAILING_BRACKET.matcher(text);
            var dash = TRAILING_DASH.matcher(text);
            Optional<Owners> trailing = Optional.empty();
            if (bracket.matches() && !bracket.group("text").isBlank()
                    && (trailing = ownerList(bracket.group("inside"))).isPresent()) {
                text = bracket.group("text").strip();
            } else if (dash.matches() && (trailing = ownerList(dash.group("after"))).isPresent()) {
                text = dash.group("text").strip();
            }
            if (trailing.isPresent()) {
                owners = trailing.get().owners();
                trailingDue = trailing.get().due();
            }
        }
        String deadline;
        if (dueField != null) {
            deadline = DueDates.field(dueField, date, warnings);
        } else if (trailingDue != null) {
            deadline = trailingDue;
        } else {
            deadline = DueDates.inText(text, date, warnings);
        }
        return new PendingAction(item, capitalise(text), owners, deadline);
    }

    private static String remove(String text, Matcher m) {
        var head = text.substring(0, m.start()).replaceAll("[\\s;,(\\[–—-]+$", "");
        var tail = text.substring(m.end()).replaceFirst("^\\s*[)\\]]", "").strip();
        return (head + (tail.isEmpty() ? "" : " " + tail)).strip();
    }

    private List<String> subjectOwners(String text) {
        var m = SUBJECT.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        var subject = m.group("subject").strip();
        if (subject.split("\\s+").length > 12) {
            return List.of();
        }
        var passive = m.group("next").equalsIgnoreCase("be") && !m.group("verb").toLowerCase(Locale.ROOT).matches(".*(?:agreed|offered|committed).*");
        if (passive) {
            // "Minutes to be circulated by LC": the subject is the thing done, the agent the owner.
            var agent = AGENT.matcher(text.substring(m.end("next")));
            if (agent.find()) {
                return ownerList(agent.group("agent")).map(Owners::owners).orElse(List.of());
            }
            return List.of();
        }
        return ownerList(subject).map(Owners::owners).orElse(List.of());
    }

    /**
     * Reads text that should be nothing but owners, and perhaps a deadline: "DS", "LC and BL",
     * "Jane Doe / Priya Shah", "All partners", "JD, by 30 June". Empty when any piece is not an
     * owner, so that a sentence is never mistaken for a list of people.
     */
    private Optional<Owners> ownerList(String text) {
        var value = text.strip().replaceAll("[.;,]+$", "");
        if (value.isEmpty() || value.split("\\s+").length > 14) {
            return Optional.empty();
        }
        String due = null;
        var pieces = new ArrayList<String>();
        var dueWarnings = new ArrayList<String>();
        for (var piece : value.split("\\s*(?:,|;|\\s[–—-]\\s)\\s*")) {
            var scratch = new ArrayList<String>();
            var found = DueDates.inText(piece, date, scratch);
            if (found != null && !attendance.couldOwn(piece)) {
                due = found;
                dueWarnings.addAll(scratch);
            } else {
                pieces.add(piece);
            }
        }
        var owners = new ArrayList<String>();
        var joined = String.join(", ", pieces);
        var split = OWNER_SPLIT.split(joined);
        var allOwners = split.length > 0;
        for (var part : split) {
            if (part.isBlank() || !couldOwnStrictly(part.strip(), split.length > 1)) {
                allOwners = false;
                break;
            }
            owners.add(part.strip());
        }
        if (!allOwners) {
            owners.clear();
            if (pieces.size() == 1 && AttendanceList.isLabel(pieces.getFirst())
                    && Character.isUpperCase(pieces.getFirst().charAt(0))) {
                owners.add(pieces.getFirst().strip());
            } else {
                return Optional.empty();
            }
        }
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        warnings.addAll(dueWarnings);
        return Optional.of(new Owners(owners, due));
    }

    /**
     * In a list ("LC, BL and the Business Unit") an unknown two-word name is only trusted when it
     * could not be something else; "Children's Safeguarding and Protection Group" splits into
     * pieces that are not names.
     */
    private boolean couldOwnStrictly(String part, boolean inList) {
        if (!attendance.couldOwn(part)) {
            return false;
        }
        if (AttendanceList.isInitials(part) || AttendanceList.isLabel(part)) {
            return true;
        }
        return !inList || part.split("\\s+").length <= 3;
    }

    private static String lastSentence(String prose) {
        var sentences = SENTENCE_BREAK.split(prose.strip());
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (!sentences[i].isBlank()) {
                return sentences[i].strip();
            }
        }
        return "";
    }

    private static String capitalise(String text) {
        var t = text.strip();
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            return t;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}

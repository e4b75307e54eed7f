package org.safeguardinghub.meetings.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as minutes write them. A date without a year is the next one on or after the meeting,
 * because an action is never due before the meeting that raised it; a relative deadline ("within
 * seven days", "at the next meeting") is kept in the words used, because the Hub cannot know which
 * meeting or which working days were meant.
 */
final class DueDates {

    private static final String MONTH_NAMES = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    /** Capitalised or in capitals only: "may" and "march" are also ordinary words in minutes. */
    private static final String MONTH = "(?<month>(?-i:" + MONTH_NAMES + "|" + MONTH_NAMES.toUpperCase(Locale.ROOT)
            + "))\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";

    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b" + WEEKDAY + "(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + WEEKDAY + MONTH + "\\s+(?:the\\s+)?" + DAY + "(?:,?\\s+" + YEAR + ")?\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?<day>[0-3]?\\d)[/.](?<monthNumber>[01]?\\d)[/.](?<year>(?:19|20)?\\d\\d)\\b"),
            Pattern.compile("\\b(?<year>(?:19|20)\\d\\d)-(?<monthNumber>[01]\\d)-(?<day>[0-3]\\d)\\b"),
            Pattern.compile("\\b(?:the\\s+)?end\\s+of\\s+" + MONTH + "(?:\\s+" + YEAR + ")?\\b", Pattern.CASE_INSENSITIVE));

    private static final String NUMBER = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fourteen|fifteen|twenty|twenty-one|twenty-eight|thirty)";

    /** Relative deadlines, most specific first; "ongoing" only counts where it stands alone. */
    private static final List<Pattern> RELATIVE = List.of(
            Pattern.compile("\\bwithin\\s+(?:the\\s+next\\s+)?" + NUMBER + "\\s+(?:working\\s+|calendar\\s+)?(?:days?|weeks?|months?)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bin\\s+" + NUMBER + "\\s+(?:working\\s+)?(?:days?|weeks?|months?)(?:['’]\\s*time)?",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:by|at|before|for|to|in\\s+time\\s+for)\\s+the\\s+next\\s+(?:meeting|board|group|sub-?group"
                    + "|partnership|executive|panel)(?:\\s+meeting)?", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:by|before)\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|year|term"
                    + "|quarter|financial\\s+year)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:by\\s+)?next\\s+(?:week|month)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bas\\s+soon\\s+as\\s+possible\\b|\\bASAP\\b|\\bimmediately\\b|\\burgently\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:by|before|in)\\s+(?:the\\s+)?(?:spring|summer|autumn|winter)(?:\\s+term)?\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:by|before|in)\\s+" + MONTH + "(?:\\s+" + YEAR + ")?\\b(?!\\s*\\d)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:^|[(–—,-]\\s*)(?<phrase>ongoing)\\s*\\)?\\.?$", Pattern.CASE_INSENSITIVE));

    private static final Pattern NONE = Pattern.compile("(?i)^(?:n/?a|none|tbc|tba|-+|–|—|)$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DueDates() {
    }

    /** A date written out in full, as at the head of minutes; a date without a year is not a meeting date. */
    static Optional<LocalDate> meetingDate(String text) {
        for (var pattern : DATES) {
            var m = pattern.matcher(text);
            while (m.find()) {
                if (group(m, "year") != null) {
                    var date = toDate(m, null);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The deadline somewhere in an action's wording, or null when it gives none. */
    static String inText(String text, LocalDate meeting, List<String> warnings) {
        var dated = findDate(text);
        if (dated != null) {
            return resolve(dated, meeting, warnings);
        }
        for (var pattern : RELATIVE) {
            var m = pattern.matcher(text);
            if (m.find()) {
                return group(m, "phrase") != null ? m.group("phrase") : m.group().strip();
            }
        }
        return null;
    }

    /** A deadline given on its own, in a "Due:" field or column: a date, or else the words as written. */
    static String field(String value, LocalDate meeting, List<String> warnings) {
        var text = value == null ? "" : value.strip().replaceAll("[.;,]+$", "");
        if (NONE.matcher(text).matches()) {
            return null;
        }
        var dated = findDate(text);
        if (dated != null && dated.group().length() >= text.replaceFirst("(?i)^(?:by|before|on|due)\\s+", "").length() - 1) {
            return resolve(dated, meeting, warnings);
        }
        return text;
    }

    private static Matcher findDate(String text) {
        Matcher best = null;
        for (var pattern : DATES) {
            var m = pattern.matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    private static String resolve(Matcher m, LocalDate meeting, List<String> warnings) {
        var date = toDate(m, meeting);
        if (date.isEmpty()) {
            warnings.add("\"" + m.group().strip() + "\" is not a date that exists; kept as written");
            return m.group().strip();
        }
        if (group(m, "year") == null && meeting == null) {
            warnings.add("\"" + m.group().strip() + "\" has no year and the minutes give no meeting date; kept as written");
            return m.group().strip();
        }
        if (meeting != null && date.get().isBefore(meeting)) {
            warnings.add("A deadline of " + date.get() + " is before the meeting on " + meeting);
        }
        return date.get().toString();
    }

    private static Optional<LocalDate> toDate(Matcher m, LocalDate meeting) {
        try {
            int month = group(m, "month") != null
                    ? MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT))
                    : Integer.parseInt(m.group("monthNumber"));
            var yearText = group(m, "year");
            int year = yearText == null ? (meeting == null ? 2000 : meeting.getYear())
                    : yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
            var date = group(m, "day") == null ? YearMonth.of(year, month).atEndOfMonth()
                    : LocalDate.of(year, month, Integer.parseInt(m.group("day")));
            if (yearText == null && meeting != null && date.isBefore(meeting)) {
                date = group(m, "day") == null ? YearMonth.of(year + 1, month).atEndOfMonth() : date.plusYears(1);
            }
            return Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}

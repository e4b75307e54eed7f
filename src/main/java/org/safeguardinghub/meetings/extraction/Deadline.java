package org.safeguardinghub.meetings.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An action's deadline as a date, worked out from what the minutes wrote ({@link
 * ExtractedMinutes.Action#due()}) and the meeting's date: "within seven days" of a meeting on 17 May
 * is 24 May. A deadline that depends on something the minutes do not say ("by the next meeting",
 * "as soon as possible") has no date and says so.
 *
 * @param date the due date, or null
 * @param kind how the date was found
 */
public record Deadline(LocalDate date, Kind kind) {

    public enum Kind {
        /** No deadline was written. */
        NONE,
        /** A date written in the minutes. */
        WRITTEN,
        /** Counted from the meeting date ("within seven days", "by the end of the month"). */
        COUNTED,
        /** "By the next meeting": the date of the group's next meeting, if known. */
        NEXT_MEETING,
        /** Words that give no date ("ongoing", "as soon as possible"). */
        UNDATED
    }

    private static final String NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fourteen|fifteen|twenty|twenty-one|twenty-eight|thirty)";
    private static final Pattern WITHIN = Pattern.compile(
            "(?i)\\b(?:within|in)\\s+(?:the\\s+next\\s+)?" + NUMBER + "\\s+(working\\s+|calendar\\s+)?(days?|weeks?|months?)\\b");
    private static final Pattern NEXT_MEETING = Pattern.compile("(?i)\\bnext\\s+(?:meeting|board|group|sub-?group|partnership"
            + "|executive|panel)\\b");
    private static final Pattern END_OF = Pattern.compile("(?i)\\bend\\s+of\\s+(?:the\\s+|this\\s+)?(week|month|year)\\b");
    private static final Pattern NEXT = Pattern.compile("(?i)\\bnext\\s+(week|month)\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("twenty-one", 21), Map.entry("twenty-eight", 28), Map.entry("thirty", 30));

    /**
     * @param due what the extractor gave: an ISO date, the words as written, or null
     * @param meeting the meeting date, or null when not known (then only a written date is a date)
     */
    public static Deadline of(String due, LocalDate meeting) {
        if (due == null || due.isBlank()) {
            return new Deadline(null, Kind.NONE);
        }
        try {
            return new Deadline(LocalDate.parse(due.strip()), Kind.WRITTEN);
        } catch (java.time.format.DateTimeParseException notIso) {
            // words: worked out below
        }
        if (NEXT_MEETING.matcher(due).find()) {
            return new Deadline(null, Kind.NEXT_MEETING);
        }
        if (meeting == null) {
            return new Deadline(null, Kind.UNDATED);
        }
        var within = WITHIN.matcher(due);
        if (within.find()) {
            var word = within.group(1).toLowerCase(Locale.ROOT);
            int n = WORDS.containsKey(word) ? WORDS.get(word) : Integer.parseInt(word);
            var unit = within.group(3).toLowerCase(Locale.ROOT);
            var working = within.group(2) != null && within.group(2).toLowerCase(Locale.ROOT).startsWith("working");
            LocalDate date;
            if (unit.startsWith("day")) {
                date = working ? addWorkingDays(meeting, n) : meeting.plusDays(n);
            } else if (unit.startsWith("week")) {
                date = meeting.plusWeeks(n);
            } else {
                date = meeting.plusMonths(n);
            }
            return new Deadline(date, Kind.COUNTED);
        }
        var endOf = END_OF.matcher(due);
        if (endOf.find()) {
            return new Deadline(switch (endOf.group(1).toLowerCase(Locale.ROOT)) {
                case "week" -> meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
                case "month" -> YearMonth.from(meeting).atEndOfMonth();
                default -> meeting.withDayOfYear(meeting.lengthOfYear());
            }, Kind.COUNTED);
        }
        var next = NEXT.matcher(due);
        if (next.find()) {
            return new Deadline(next.group(1).equalsIgnoreCase("week") ? meeting.plusWeeks(1) : meeting.plusMonths(1),
                    Kind.COUNTED);
        }
        return new Deadline(null, Kind.UNDATED);
    }

    private static LocalDate addWorkingDays(LocalDate from, int days) {
        var date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}

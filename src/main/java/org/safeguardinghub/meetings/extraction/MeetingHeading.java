package org.safeguardinghub.meetings.extraction;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When and where a meeting was held, as the line that dates the minutes gives it ("Wednesday 17th
 * May 2023, 2:15pm – 4:45pm, Via Microsoft Teams"). Not part of the dry run's JSON; the import
 * uses it to fill the meeting's time and place, which the person importing checks.
 *
 * @param startsAt null when the minutes give no time
 * @param endsAt null when they give no finishing time
 * @param place what follows the times ("Microsoft Teams", "Shirehall, Shrewsbury"), or null
 */
public record MeetingHeading(LocalTime startsAt, LocalTime endsAt, String place) {

    private static final String TIME = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";
    private static final Pattern RANGE = Pattern.compile("(?i)\\b" + TIME + "\\s*(?:[–—-]|to|until)\\s*" + TIME + "(?![\\w])");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?:\\bat\\s+|,\\s*|\\s)" + "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)(?![\\w])");
    private static final Pattern SINGLE_24 = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");

    static final MeetingHeading NONE = new MeetingHeading(null, null, null);

    /** Looks for the times and place in the first lines of the minutes that carry a date. */
    static MeetingHeading in(List<MinutesText.Block> blocks) {
        for (var block : blocks.stream().limit(40).toList()) {
            var line = block.plain();
            if (DueDates.meetingDate(line).isEmpty()) {
                continue;
            }
            var heading = read(line);
            if (heading.startsAt() != null || heading.place() != null) {
                return heading;
            }
        }
        return NONE;
    }

    static MeetingHeading read(String line) {
        LocalTime start = null;
        LocalTime end = null;
        int after = -1;
        var range = RANGE.matcher(line);
        if (range.find()) {
            var endMeridiem = range.group(6);
            end = time(range.group(4), range.group(5), endMeridiem);
            start = time(range.group(1), range.group(2), range.group(3) != null ? range.group(3) : endMeridiem);
            if (start != null && end != null && !end.isAfter(start) && range.group(3) == null && endMeridiem != null
                    && endMeridiem.toLowerCase(Locale.ROOT).startsWith("p")) {
                // "11 – 1pm": the start is in the morning.
                start = time(range.group(1), range.group(2), "am");
            }
            after = range.end();
        } else {
            var single = SINGLE.matcher(line);
            if (single.find()) {
                start = time(single.group(1), single.group(2), single.group(3));
                after = single.end();
            } else {
                var clock = SINGLE_24.matcher(line);
                if (clock.find()) {
                    start = time(clock.group(1), clock.group(2), null);
                    after = clock.end();
                }
            }
        }
        if (start == null) {
            return NONE; // "17 – 18 May" is a range of days, not of times
        }
        if (end != null && !end.isAfter(start)) {
            end = null;
        }
        String place = null;
        if (after >= 0) {
            var rest = line.substring(after).replaceFirst("^[\\s,;:–—-]+", "")
                    .replaceFirst("(?i)^(?:held\\s+)?(?:via|on|at|in)\\s+", "").strip();
            rest = rest.replaceAll("[.;,]+$", "").strip();
            if (!rest.isEmpty() && rest.length() <= 200) {
                place = rest;
            }
        }
        return new MeetingHeading(start, end, place);
    }

    private static LocalTime time(String hours, String minutes, String meridiem) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (m > 59) {
            return null;
        }
        if (meridiem != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            var pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
            h = (h % 12) + (pm ? 12 : 0);
        } else if (minutes == null || h > 23) {
            return null;
        }
        return LocalTime.of(h, m);
    }
}

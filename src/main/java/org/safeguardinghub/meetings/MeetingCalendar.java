package org.safeguardinghub.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar (RFC 5545) event, for invitations and "add to your calendar". Times
 * are written in UTC so no time zone definition is needed. The event says which group meets and
 * where, never what is on the agenda.
 */
final class MeetingCalendar {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingCalendar() {
    }

    /** {@code request} for an emailed invitation, otherwise a plain event to add to a calendar. */
    static String event(Meeting meeting, String groupName, String partnershipName, String pageUrl, String organiser,
            boolean request, Instant now) {
        var start = meeting.getHeldOn().atTime(meeting.getStartsAt()).atZone(LONDON).toInstant();
        var end = meeting.getHeldOn().atTime(meeting.getEndsAt() != null ? meeting.getEndsAt()
                : meeting.getStartsAt().plusHours(2)).atZone(LONDON).toInstant();
        var where = meeting.getLocation() != null ? meeting.getLocation() : meeting.getOnlineLink();
        var text = new StringBuilder();
        line(text, "BEGIN:VCALENDAR");
        line(text, "VERSION:2.0");
        line(text, "PRODID:-//Safeguarding Partnership Hub//Meetings//EN");
        line(text, "CALSCALE:GREGORIAN");
        line(text, "METHOD:" + (request ? "REQUEST" : "PUBLISH"));
        line(text, "BEGIN:VEVENT");
        line(text, "UID:meeting-" + meeting.getId() + "@safeguarding-hub");
        line(text, "SEQUENCE:" + meeting.getVersion());
        line(text, "DTSTAMP:" + UTC.format(now));
        line(text, "DTSTART:" + UTC.format(start));
        line(text, "DTEND:" + UTC.format(end));
        line(text, "SUMMARY:" + escape(groupName + " meeting"));
        line(text, "LOCATION:" + escape(where));
        var description = partnershipName + ". The agenda and papers are in the Hub: " + pageUrl
                + (meeting.getOnlineLink() != null ? "\nJoin online: " + meeting.getOnlineLink() : "");
        line(text, "DESCRIPTION:" + escape(description));
        line(text, "URL:" + pageUrl);
        if (request) {
            line(text, "ORGANIZER:mailto:" + organiser);
        }
        line(text, "STATUS:CONFIRMED");
        line(text, "END:VEVENT");
        line(text, "END:VCALENDAR");
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Ends each line with CRLF and folds it at 75 bytes, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        var bytes = 0;
        for (var i = 0; i < content.length(); ) {
            var codePoint = content.codePointAt(i);
            var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > 75) {
                out.append("\r\n ");
                bytes = 1;
            }
            out.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}

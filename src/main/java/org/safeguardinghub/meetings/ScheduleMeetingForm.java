package org.safeguardinghub.meetings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Putting a meeting in the diary, or moving it. Times are typed as people write them: 14:15, 2:15pm. */
public class ScheduleMeetingForm {

    private static final DateTimeFormatter TWELVE_HOUR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("h:mma").toFormatter(Locale.ENGLISH);

    private DateInput heldOn = new DateInput();
    private String startsAt;
    private String endsAt;
    private String location;
    private String onlineLink;
    private int version;

    static ScheduleMeetingForm of(Meeting meeting) {
        var form = new ScheduleMeetingForm();
        form.heldOn = DateInput.of(meeting.getHeldOn());
        form.startsAt = meeting.getStartsAt().toString();
        form.endsAt = meeting.getEndsAt() == null ? null : meeting.getEndsAt().toString();
        form.location = meeting.getLocation();
        form.onlineLink = meeting.getOnlineLink();
        form.version = meeting.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        heldOn.problem("the date of the meeting").ifPresent(p -> result.rejectValue("heldOn", "invalid", p));
        if (heldOn.isBlank()) {
            result.rejectValue("heldOn", "required", "Enter the date of the meeting");
        }
        if (startsAt == null || startsAt.isBlank()) {
            result.rejectValue("startsAt", "required", "Enter the start time");
        } else if (time(startsAt).isEmpty()) {
            result.rejectValue("startsAt", "invalid", "Enter the start time as a time of day, like 14:15 or 2:15pm");
        }
        if (endsAt != null && !endsAt.isBlank() && time(endsAt).isEmpty()) {
            result.rejectValue("endsAt", "invalid", "Enter the end time as a time of day, like 16:45 or 4:45pm");
        }
        if ((location == null || location.isBlank()) && (onlineLink == null || onlineLink.isBlank())) {
            result.rejectValue("location", "required", "Enter where the meeting is held or its online link");
        }
    }

    ScheduleMeeting toCommand(long partnershipId, long groupId) {
        return new ScheduleMeeting(partnershipId, groupId, heldOn.toDate().orElseThrow(), time(startsAt).orElseThrow(),
                endsAt == null || endsAt.isBlank() ? null : time(endsAt).orElseThrow(), location, onlineLink);
    }

    /** Reads 14:15, 14.15, 2:15pm, 2pm and 2.15 pm. */
    static Optional<LocalTime> time(String text) {
        var value = text.trim().toLowerCase(Locale.UK).replace('.', ':').replace(" ", "");
        try {
            if (value.endsWith("am") || value.endsWith("pm")) {
                var digits = value.substring(0, value.length() - 2);
                var withMinutes = digits.contains(":") ? digits : digits + ":00";
                return Optional.of(LocalTime.parse(withMinutes + value.substring(value.length() - 2), TWELVE_HOUR));
            }
            return Optional.of(LocalTime.parse(value, DateTimeFormatter.ofPattern("H:mm")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public DateInput getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
        this.heldOn = heldOn;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}

package org.safeguardinghub.govuk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The three boxes of a GOV.UK date input. Keeps what was typed, so a wrong date can be shown
 * back with an error, and turns a complete valid date into a {@link LocalDate}.
 */
@NamedInterface("api")
public class DateInput {

    private String day;
    private String month;
    private String year;

    public DateInput() {
    }

    public static DateInput of(LocalDate date) {
        var input = new DateInput();
        if (date != null) {
            input.day = String.valueOf(date.getDayOfMonth());
            input.month = String.valueOf(date.getMonthValue());
            input.year = String.valueOf(date.getYear());
        }
        return input;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or empty when the boxes are blank. */
    public Optional<LocalDate> toDate() {
        if (isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse());
    }

    /**
     * Why the date cannot be used, in the Design System's words, or empty if it is valid or blank.
     * {@code what} names the date, for example "the start date".
     */
    public Optional<String> problem(String what) {
        if (isBlank()) {
            return Optional.empty();
        }
        var missing = new java.util.ArrayList<String>();
        if (blank(day)) missing.add("day");
        if (blank(month)) missing.add("month");
        if (blank(year)) missing.add("year");
        if (!missing.isEmpty()) {
            return Optional.of(capitalise(what) + " must include a " + String.join(" and ", missing));
        }
        try {
            var date = parse();
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                return Optional.of(capitalise(what) + " must be a real date");
            }
            return Optional.empty();
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.of(capitalise(what) + " must be a real date");
        }
    }

    private LocalDate parse() {
        return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}

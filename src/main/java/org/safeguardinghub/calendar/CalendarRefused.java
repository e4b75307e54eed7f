package org.safeguardinghub.calendar;

/** A change to the bank holidays that the rules do not allow; the message says why. */
public class CalendarRefused extends RuntimeException {

    private final String field;

    public CalendarRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.safeguardinghub.meetings;

/** A change to a meeting or its minutes that the rules do not allow; the message says why, for the person. */
public class MeetingRefused extends RuntimeException {

    private final String field;

    public MeetingRefused(String message) {
        this(null, message);
    }

    public MeetingRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null when it is about the whole form. */
    public String field() {
        return field;
    }
}

package org.safeguardinghub.rules;

import org.springframework.modulith.NamedInterface;

/**
 * A change that the rules do not allow. Nothing is changed; the message says why, in plain words
 * for the person who tried, and names the form field it is about (or none, for the whole form).
 */
@NamedInterface("api")
public class Refused extends RuntimeException {

    private final String field;

    public Refused(String message) {
        this(null, message);
    }

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null when it is about the whole form. */
    public String field() {
        return field;
    }
}

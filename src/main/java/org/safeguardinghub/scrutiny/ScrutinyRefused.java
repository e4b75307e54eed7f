package org.safeguardinghub.scrutiny;

/** A change to a challenge or a scrutiny record that the rules do not allow; the message says why. */
public class ScrutinyRefused extends RuntimeException {

    private final String field;

    public ScrutinyRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

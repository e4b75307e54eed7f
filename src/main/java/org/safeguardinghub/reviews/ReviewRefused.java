package org.safeguardinghub.reviews;

/** A change to a case review record that the rules do not allow; the message says why, and nothing is changed. */
public class ReviewRefused extends RuntimeException {

    private final String field;

    public ReviewRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

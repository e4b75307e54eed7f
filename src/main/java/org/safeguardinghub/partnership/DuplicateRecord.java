package org.safeguardinghub.partnership;

/** The record would repeat one that exists; the message says which, for the person at the form. */
public class DuplicateRecord extends RuntimeException {

    private final String field;

    DuplicateRecord(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

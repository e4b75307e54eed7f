package org.safeguardinghub.learning;

/** A change to learning records that the rules do not allow; the message says why, for the person. */
public class LearningRefused extends RuntimeException {

    private final String field;

    public LearningRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.safeguardinghub.plans;

/** A change to a plan that the rules do not allow; the message says why, for the person. */
public class PlanRefused extends RuntimeException {

    private final String field;

    public PlanRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null when it is about the whole form. */
    public String field() {
        return field;
    }
}

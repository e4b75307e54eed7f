package org.safeguardinghub.risks;

/** A change to a risk that the rules do not allow; the message says why, for the person. */
public class RiskRefused extends RuntimeException {

    private final String field;

    public RiskRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

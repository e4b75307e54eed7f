package org.safeguardinghub.accounts;

/** A change to an account that breaks a rule; names the form field and says what to fix. */
class AccountRejected extends RuntimeException {

    private final String field;

    AccountRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

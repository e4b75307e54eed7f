package org.safeguardinghub.partnership;

/**
 * A partnership tried to change a fact of a shared record that another partnership (or the system
 * administrators) keeps. The message names the keeper, which the asking partnership already sees.
 */
class KeptByAnotherPartnership extends RuntimeException {

    private final String field;

    KeptByAnotherPartnership(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

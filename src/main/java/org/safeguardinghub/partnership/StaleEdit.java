package org.safeguardinghub.partnership;

/**
 * Thrown when someone saves a form for a record that another person changed after the form was
 * opened: the second save is refused so nothing is silently overwritten.
 */
public class StaleEdit extends RuntimeException {

    StaleEdit() {
        super("The record was changed by someone else while you were editing it");
    }

    static void check(int currentVersion, int expectedVersion) {
        if (currentVersion != expectedVersion) {
            throw new StaleEdit();
        }
    }
}

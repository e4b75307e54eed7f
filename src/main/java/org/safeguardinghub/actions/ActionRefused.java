package org.safeguardinghub.actions;

/** A change to an action that its rules do not allow; the message is for the person who tried. */
public class ActionRefused extends RuntimeException {

    ActionRefused(String message) {
        super(message);
    }
}

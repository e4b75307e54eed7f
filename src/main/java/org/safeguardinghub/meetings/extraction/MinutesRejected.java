package org.safeguardinghub.meetings.extraction;

/** Minutes that cannot be read at all; the message says why, in words fit to show the person importing them. */
public class MinutesRejected extends Exception {

    MinutesRejected(String message) {
        super(message);
    }

    MinutesRejected(String message, Throwable cause) {
        super(message, cause);
    }
}

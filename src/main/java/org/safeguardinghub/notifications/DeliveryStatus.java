package org.safeguardinghub.notifications;

/** Where an email has got to. */
enum DeliveryStatus {
    /** Not yet delivered: waiting for its first attempt, a retry, or (with no mail server) in the outbox. */
    PENDING,
    SENT,
    /** Every attempt failed; nobody will try again. */
    FAILED
}

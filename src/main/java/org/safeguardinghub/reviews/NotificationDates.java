package org.safeguardinghub.reviews;

import java.time.LocalDate;

/** The dates a notification went to the national Panel, Ofsted and the partners; any may still be empty. */
public record NotificationDates(LocalDate panelNotifiedOn, LocalDate ofstedInformedOn, LocalDate partnersToldOn) {
}

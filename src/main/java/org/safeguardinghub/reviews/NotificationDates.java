package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;

/** The dates a notification went to the national Panel, Ofsted and the partners; any may still be empty. */
@NamedInterface("api")
public record NotificationDates(LocalDate panelNotifiedOn, LocalDate ofstedInformedOn, LocalDate partnersToldOn) {
}

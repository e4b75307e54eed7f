package org.safeguardinghub.actions;

import java.time.Instant;
import java.time.LocalDate;

/** One action an organisation is named on: when it was raised, the first date to respond by, and its first update (if any). */
record ResponseTime(Long organisationId, LocalDate raisedOn, LocalDate firstRespondBy, Instant firstUpdateAt) {
}

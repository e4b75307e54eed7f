package org.safeguardinghub.learning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Learning that came back: a finding with a theme dated after every action of an earlier finding
 * with the same theme had been closed. The earlier finding's learning was acted on, and the same
 * learning was found again: the repeated learning the partnership wants to reduce.
 */
record Recurrence(Occurrence earlier, Occurrence later) {

    /**
     * One finding's part in a theme's story: the date of its source and the date its learning was
     * acted on ({@code closedOn}: when the last of its actions was closed; none while any is open or
     * if none was raised).
     */
    public record Occurrence(long findingId, String source, LocalDate on, LocalDate closedOn) {
    }

    /**
     * When a finding's actions were all closed: the latest closing date, or empty when it has no
     * actions or any is still open ({@code null} in the list).
     */
    public static Optional<LocalDate> closedOn(List<LocalDate> actionClosedDates) {
        if (actionClosedDates.isEmpty() || actionClosedDates.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return actionClosedDates.stream().max(Comparator.naturalOrder());
    }

    /**
     * The first time one theme's learning came back after it had been acted on: the earliest
     * finding dated after the closure of another finding's actions, with that other finding (the
     * one closed earliest, if several were).
     */
    public static Optional<Recurrence> afterClosure(List<Occurrence> occurrences) {
        var byDate = occurrences.stream().sorted(Comparator.comparing(Occurrence::on)
                .thenComparing(Occurrence::findingId)).toList();
        var closed = occurrences.stream().filter(o -> o.closedOn() != null)
                .sorted(Comparator.comparing(Occurrence::closedOn)).toList();
        for (var later : byDate) {
            for (var earlier : closed) {
                if (earlier.findingId() != later.findingId() && later.on().isAfter(earlier.closedOn())) {
                    return Optional.of(new Recurrence(earlier, later));
                }
            }
        }
        return Optional.empty();
    }
}

package org.safeguardinghub.learning;

import java.time.LocalDate;
import java.util.List;
import org.safeguardinghub.actions.TrackedAction;
import org.springframework.modulith.NamedInterface;

/** A finding with its theme names, its actions on the tracker and the date they were all closed. */
@NamedInterface("api")
public record FindingRow(LearningFinding finding, List<String> themeNames, List<TrackedAction> actions,
        LocalDate closedOn) {

    public long openActions() {
        return actions.stream().filter(a -> a.action().getClosedOn() == null).count();
    }
}

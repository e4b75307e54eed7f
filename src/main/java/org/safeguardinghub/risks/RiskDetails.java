package org.safeguardinghub.risks;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** What a risk says, from the form or another module. */
@NamedInterface("api")
public record RiskDetails(String title, String cause, String consequence, Long priorityId, Long ownerPersonId,
        String controls, Rating inherent, Rating current, Rating target, String targetReason, Appetite appetite,
        LocalDate reviewOn) {
}

package org.safeguardinghub.learning;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What a finding says: its source (type, the review's reference or name, and its date), the
 * learning in words that identify no child, the review's recommendation for it (if any), its themes, and whether the source is confidential (its
 * actions are then seen only by those who may read the confidential business of {@code groupId}).
 */
@NamedInterface("api")
public record FindingDetails(LearningSource sourceType, String sourceReference, LocalDate sourceDate, String finding,
        String recommendation, Set<Long> themeIds, boolean confidential, Long groupId) {
}

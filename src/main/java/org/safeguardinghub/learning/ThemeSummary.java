package org.safeguardinghub.learning;

import java.time.LocalDate;

/**
 * One theme across the partnership's findings: how many reviews (distinct sources) and findings
 * raised it, the first and last dates, and the first time it came back after its earlier learning
 * had been acted on ({@code null} if it has not).
 */
public record ThemeSummary(LearningTheme theme, int reviews, int findings, LocalDate first, LocalDate last,
        Recurrence recurrence) {

    public boolean cameBackAfterClosure() {
        return recurrence != null;
    }
}

package org.safeguardinghub.meetings;

import java.util.List;

/** Whether a meeting met its group's quorum rule, and if not, what was missing. */
public record Quorum(boolean ruleSet, boolean quorate, List<String> shortfalls, String rule) {
}

package org.safeguardinghub.actions;

import org.springframework.modulith.NamedInterface;

/**
 * Where an action came from. Other modules raise actions through {@link ActionTracker} and say
 * which of their records it belongs to; the label is what people read ("Executive Group, 17 May
 * 2026, item 2").
 */
@NamedInterface("api")
public record ActionSource(Type type, Long id, String label) {

    public enum Type {
        RAISED_DIRECTLY("Raised on the tracker"),
        MEETING_ITEM("Meeting"),
        CASE_REVIEW("Case review"),
        AUDIT("Audit"),
        PLAN("Plan"),
        RISK("Risk register"),
        CHALLENGE("Challenge log"),
        SCRUTINY_FINDING("Independent scrutiny"),
        LEARNING_FINDING("Learning finding");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ActionSource raisedDirectly() {
        return new ActionSource(Type.RAISED_DIRECTLY, null, null);
    }
}

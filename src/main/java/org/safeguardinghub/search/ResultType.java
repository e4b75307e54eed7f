package org.safeguardinghub.search;

/** The kinds of record a search finds, in the order the page lists them. */
enum ResultType {
    MINUTES("Minutes", "Minutes"),
    DECISION("Decisions", "Decision"),
    ACTION("Actions", "Action"),
    MATTER("Matters raised", "Matter raised");

    private final String label;
    private final String singular;

    ResultType(String label, String singular) {
        this.label = label;
        this.singular = singular;
    }

    /** What one result of this type is called. */
    public String singular() {
        return singular;
    }

    public String label() {
        return label;
    }

    /** The value in the page's address, {@code ?type=minutes}. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type named in an address, or null for all types (or a name the Hub does not know). */
    public static ResultType fromParameter(String value) {
        for (var type : values()) {
            if (type.parameter().equals(value)) {
                return type;
            }
        }
        return null;
    }
}

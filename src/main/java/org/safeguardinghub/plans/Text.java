package org.safeguardinghub.plans;

import java.util.Arrays;
import java.util.List;

/** Lists typed one item a line, as people write them in a text box. */
final class Text {

    private Text() {
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).map(l -> l.startsWith("- ") ? l.substring(2).strip() : l)
                .filter(l -> !l.isEmpty()).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

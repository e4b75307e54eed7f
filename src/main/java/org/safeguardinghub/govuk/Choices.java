package org.safeguardinghub.govuk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/** Items for GOV.UK selects, radios and checkboxes, with the chosen one marked. */
@NamedInterface("api")
public final class Choices {

    private Choices() {
    }

    public static <T> List<Map<String, Object>> of(List<T> values, Function<T, Object> value, Function<T, String> text,
            Object chosen) {
        var items = new ArrayList<Map<String, Object>>();
        for (var each : values) {
            var item = new LinkedHashMap<String, Object>();
            var v = String.valueOf(value.apply(each));
            item.put("value", v);
            item.put("text", text.apply(each));
            boolean isChosen = chosen != null && Objects.equals(v, String.valueOf(chosen));
            item.put("selected", isChosen);
            item.put("checked", isChosen);
            items.add(item);
        }
        return items;
    }

    /** A select with a first "choose" option that submits nothing. */
    public static <T> List<Map<String, Object>> withPrompt(String prompt, List<T> values, Function<T, Object> value,
            Function<T, String> text, Object chosen) {
        var items = new ArrayList<Map<String, Object>>();
        var first = new LinkedHashMap<String, Object>();
        first.put("value", "");
        first.put("text", prompt);
        first.put("selected", chosen == null);
        items.add(first);
        items.addAll(of(values, value, text, chosen));
        return items;
    }
}

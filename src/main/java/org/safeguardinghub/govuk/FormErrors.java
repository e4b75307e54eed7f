package org.safeguardinghub.govuk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.rules.Refused;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.BindingResult;

/**
 * A form's errors as the GOV.UK error summary and field messages want them: the first message for
 * each field, in the order the fields appear, each linking to its field.
 */
@NamedInterface("api")
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Set<String> dateFields;

    private FormErrors(Set<String> dateFields) {
        this.dateFields = dateFields;
    }

    /** {@code fieldOrder} lists the form's fields top to bottom; date inputs are linked by their day box. */
    public static FormErrors of(BindingResult result, List<String> fieldOrder, Set<String> dateFields) {
        var errors = new FormErrors(dateFields);
        for (var field : fieldOrder) {
            var error = result.getFieldError(field);
            if (error != null) {
                errors.messages.put(field, message(error));
            }
        }
        result.getFieldErrors().forEach(e -> errors.messages.putIfAbsent(e.getField(), message(e)));
        result.getGlobalErrors().forEach(e -> errors.messages.putIfAbsent("", e.getDefaultMessage()));
        return errors;
    }

    /**
     * Puts a rule's refusal on the form: against its field when it names one the form has,
     * otherwise on the whole form. The one translation of a refusal into a GOV.UK error message;
     * controllers call this rather than writing their own.
     */
    public static void reject(BindingResult result, Refused refused) {
        if (refused.field() != null) {
            try {
                result.rejectValue(refused.field(), "refused", refused.getMessage());
                return;
            } catch (NotReadablePropertyException notOnThisForm) {
                // the rule names a field this form does not show: the message goes on the whole form
            }
        }
        result.reject("refused", refused.getMessage());
    }

    /** A value that could not even be read (a word where a number belongs) gets a plain message, not Spring's. */
    private static String message(org.springframework.validation.FieldError error) {
        return error.isBindingFailure() ? "Select or enter a valid value" : error.getDefaultMessage();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The error summary's list: text and a link to the field. */
    public List<Map<String, String>> getList() {
        var list = new ArrayList<Map<String, String>>();
        messages.forEach((field, text) -> {
            var item = new LinkedHashMap<String, String>();
            item.put("text", text);
            if (!field.isEmpty()) {
                item.put("href", "#" + field + (dateFields.contains(field) ? "-day" : ""));
            }
            list.add(item);
        });
        return list;
    }
}

package org.safeguardinghub.govuk;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Free text posted to a page that answers with a redirect rather than a form object: checked like
 * a form, and carried to the page again (as a flash attribute) so that what was typed is shown
 * with the confirmation.
 */
public final class TypedText extends ChecksIdentifyingDetails implements Serializable {

    private final LinkedHashMap<String, String> texts;

    /** {@code texts} by field name, in the order they appear; {@code keep} and {@code reason} as posted. */
    public TypedText(Map<String, String> texts, boolean keep, String reason) {
        this.texts = new LinkedHashMap<>(texts);
        setKeepIdentifyingDetails(keep);
        setIdentifyingDetailsReason(reason);
    }

    /** Field names and their text in pairs, with the confirmation as posted. */
    public static TypedText of(boolean keep, String reason, String... namesAndTexts) {
        return new TypedText(texts(namesAndTexts), keep, reason);
    }

    /** The named fields of a posted form, with its confirmation. */
    public static TypedText from(HttpServletRequest request, String... fields) {
        var texts = new LinkedHashMap<String, String>();
        for (var field : fields) {
            texts.put(field, request.getParameter(field));
        }
        return new TypedText(texts, "true".equals(request.getParameter("keepIdentifyingDetails")),
                request.getParameter("identifyingDetailsReason"));
    }

    @Override
    protected Map<String, String> freeText() {
        return texts;
    }

    /** The text typed in a field, for the page to show again. */
    public String get(String field) {
        return texts.get(field);
    }

    /** The first problem found, if any: a field holding identifying details, or a missing reason. */
    public Optional<FieldError> refusal() {
        var result = new MapBindingResult(new LinkedHashMap<>(texts), "typed");
        checkIdentifyingDetails(result);
        return result.getFieldErrors().stream().findFirst();
    }
}

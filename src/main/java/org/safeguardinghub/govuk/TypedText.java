package org.safeguardinghub.govuk;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Free text posted to a page that answers with a redirect rather than a form object: checked like
 * a form, and carried to the page again (as a flash attribute) so that what was typed is shown
 * with the confirmation.
 */
@NamedInterface("api")
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

    /**
     * For a page that answers with a redirect: when the text needs removing or a reason, puts the
     * problem and the text into the flash for the page to show again, and says so. The page shows
     * the confirmation in the form named {@code typedIn}.
     */
    public boolean sentBack(String form, RedirectAttributes redirect) {
        var refusal = refusal();
        refusal.ifPresent(error -> {
            redirect.addFlashAttribute("refusal", error.getDefaultMessage());
            redirect.addFlashAttribute("refusalField", error.getField());
            redirect.addFlashAttribute("typed", this);
            redirect.addFlashAttribute("typedIn", form);
        });
        return refusal.isPresent();
    }

    /** One posted text under a field name of the page's choosing (one of several forms for each row), with the confirmation. */
    public static TypedText as(HttpServletRequest request, String field, String text) {
        return new TypedText(texts(field, text), "true".equals(request.getParameter("keepIdentifyingDetails")),
                request.getParameter("identifyingDetailsReason"));
    }

    /** The first problem found, if any: a field holding identifying details, or a missing reason. */
    Optional<FieldError> refusal() {
        var result = new MapBindingResult(new LinkedHashMap<>(texts), "typed");
        checkIdentifyingDetails(result);
        return result.getFieldErrors().stream().findFirst();
    }
}

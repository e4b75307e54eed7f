package org.safeguardinghub.govuk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguardinghub.govuk.IdentifyingDetails.Finding;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.BindingResult;

/**
 * A form whose free text is checked for what looks like a child's identity before it is saved. A
 * field holding such details is refused with a message naming what was found, until the person
 * removes it or ticks "I need to keep these details" and says why; the page then shows the box and
 * the reason (fragment {@code layout/fields :: identifying-details}). Whoever saves the form writes
 * the reason to the audit trail.
 */
@NamedInterface("api")
public abstract class ChecksIdentifyingDetails implements Serializable {

    /** The fields a controller's binder must allow besides its own. */
    public static final List<String> CONFIRMATION_FIELDS = List.of("keepIdentifyingDetails", "identifyingDetailsReason");

    static final int REASON_LIMIT = 1000;

    private boolean keepIdentifyingDetails;
    private String identifyingDetailsReason;
    private final ArrayList<Finding> found = new ArrayList<>();

    /** The free text to check, by field name, in the order the fields appear on the page. */
    protected abstract Map<String, String> freeText();

    /** Field names and their text, in pairs, for {@link #freeText()}; a blank field may be null. */
    protected static Map<String, String> texts(String... namesAndTexts) {
        var texts = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return texts;
    }

    /** Refuses each field that holds identifying details, unless the person has confirmed they must stay and said why. */
    public void checkIdentifyingDetails(BindingResult result) {
        found.clear();
        freeText().forEach((field, text) -> {
            var findings = IdentifyingDetails.in(text);
            found.addAll(findings);
            if (!findings.isEmpty() && !keepIdentifyingDetails) {
                result.rejectValue(field, "identifyingDetails", message(findings));
            }
        });
        if (found.isEmpty() || !keepIdentifyingDetails) {
            return;
        }
        if (identifyingDetailsReason == null || identifyingDetailsReason.isBlank()) {
            result.rejectValue("identifyingDetailsReason", "required", "Enter why these details are needed");
        } else if (identifyingDetailsReason.length() > REASON_LIMIT) {
            result.rejectValue("identifyingDetailsReason", "size",
                    "Why these details are needed must be " + REASON_LIMIT + " characters or fewer");
        }
    }

    static String message(List<Finding> findings) {
        var described = findings.stream().limit(3)
                .map(f -> f.kind().description() + " (" + f.text() + ")").toList();
        var what = described.size() == 1 ? described.getFirst()
                : String.join(", ", described.subList(0, described.size() - 1)) + " and " + described.getLast();
        return findings.size() == 1
                ? "This looks like " + what + ". Remove it, or confirm why it is needed"
                : "This looks like " + what + ". Remove them, or confirm why they are needed";
    }

    /** Whether the last check found anything, so the page offers the confirmation. */
    public boolean isIdentifyingDetailsFound() {
        return !found.isEmpty();
    }

    /** Whether the text is being saved with identifying details the person confirmed (after a check without errors). */
    public boolean keepsIdentifyingDetails() {
        return keepIdentifyingDetails && !found.isEmpty();
    }

    /**
     * What the audit trail says about the details kept: their kinds and the reason, never the
     * details themselves.
     */
    public String identifyingDetailsKept() {
        var kinds = found.stream().map(f -> f.kind().description())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return "Kept identifying details in the text (" + String.join(", ", kinds) + "). Reason: "
                + identifyingDetailsReason.strip();
    }

    public boolean isKeepIdentifyingDetails() {
        return keepIdentifyingDetails;
    }

    public void setKeepIdentifyingDetails(boolean keepIdentifyingDetails) {
        this.keepIdentifyingDetails = keepIdentifyingDetails;
    }

    public String getIdentifyingDetailsReason() {
        return identifyingDetailsReason;
    }

    public void setIdentifyingDetailsReason(String identifyingDetailsReason) {
        this.identifyingDetailsReason = identifyingDetailsReason;
    }
}

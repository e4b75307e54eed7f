package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.rules.Refused;

/**
 * All the Hub keeps about the child: the case reference, a pseudonym ("Child G") and an age band.
 * Lists, emails and exports show the case reference and pseudonym at most.
 */
@NamedInterface("api")
public record ChildRecord(String caseReference, String pseudonym, AgeBand ageBand) {

    void check() {
        if (caseReference == null || caseReference.isBlank()) {
            throw new Refused("caseReference", "Enter the case reference");
        }
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new Refused("pseudonym", "Enter a pseudonym for the child, for example Child G");
        }
        if (ageBand == null) {
            throw new Refused("ageBand", "Select the child's age band");
        }
    }

    /**
     * Whether the text carries the case reference, which links to the child's records: text that
     * travels beyond the review (the tracker, the learning register, briefings) must not.
     */
    boolean isNamedIn(String text) {
        return text != null && text.toLowerCase().contains(caseReference.strip().toLowerCase());
    }

    public String label() {
        return caseReference + " (" + pseudonym + ")";
    }
}

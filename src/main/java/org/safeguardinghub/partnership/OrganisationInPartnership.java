package org.safeguardinghub.partnership;

import java.time.LocalDate;

/** An organisation as one partnership sees it: with the dates it joined and left. */
public record OrganisationInPartnership(Organisation organisation, PartnershipOrganisation participation) {

    public boolean hasLeft() {
        return participation.hasLeft(LocalDate.now());
    }
}

package org.safeguardinghub.partnership;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** An organisation as one partnership sees it: with the dates it joined and left. */
@NamedInterface("api")
public record OrganisationInPartnership(Organisation organisation, PartnershipOrganisation participation) {

    public boolean hasLeft() {
        return participation.hasLeft(LocalDate.now());
    }
}

package org.safeguardinghub.partnership;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A membership with the names a page needs. Organisation and deputy may be empty. */
@NamedInterface("api")
public record Member(Membership membership, Person person, Organisation organisation, Person deputy, Group group,
        boolean organisationHasLeft) {

    public boolean isCurrent() {
        return membership.isCurrent(LocalDate.now());
    }
}

package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** An action with the names a page or an export needs. */
@NamedInterface("api")
public record TrackedAction(Action action, List<String> ownerNames, List<Long> ownerPersonIds,
        List<Long> ownerOrganisationIds, String groupName) {

    public String owners() {
        var names = new java.util.ArrayList<String>();
        if (action.isAllPartners()) {
            names.add("All partners");
        }
        names.addAll(ownerNames);
        return names.isEmpty() ? "No owner" : String.join(", ", names);
    }

    public boolean isOverdue() {
        return action.isOverdue(LocalDate.now());
    }
}

package org.safeguardinghub.actions;

import org.springframework.modulith.NamedInterface;

/** What the tracker is narrowed to. Empty fields do not narrow it. */
@NamedInterface("api")
public record ActionFilter(Long groupId, Long organisationId, Long personId, ActionStatus status, boolean outstandingOnly,
        boolean overdueOnly) {

    public static ActionFilter everything() {
        return new ActionFilter(null, null, null, null, false, false);
    }
}

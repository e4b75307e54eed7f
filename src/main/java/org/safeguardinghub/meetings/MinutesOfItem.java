package org.safeguardinghub.meetings;

import java.util.List;
import org.safeguardinghub.actions.TrackedAction;

/**
 * One agenda item with everything the minutes record against it. A confidential item shown to
 * someone who may not read it keeps its number and nothing else.
 */
public record MinutesOfItem(AgendaItem item, boolean withheld, List<AgendaPaper> papers, List<Decision> decisions,
        List<TrackedAction> actions, List<Escalation> mattersRaised, List<Escalation> mattersAnswered,
        List<MinutesAmendment> amendments) {
}

package org.safeguardinghub.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Whether owners answer in time: a group's actions nobody has responded to, and each organisation's figures. */
@Controller
class ActionResponsesController {

    private final ActionTracker tracker;
    private final PartnershipStructure structure;
    private final AuditTrail audit;
    private final Clock clock;

    ActionResponsesController(ActionTracker tracker, PartnershipStructure structure,
            AuditTrail audit, Clock clock) {
        this.tracker = tracker;
        this.structure = structure;
        this.audit = audit;
        this.clock = clock;
    }

    /** One owner and the actions they have not answered. */
    record OwnerWaiting(String owner, List<Waiting> actions) {
    }

    record Waiting(TrackedAction tracked, long daysLate) {
    }

    @GetMapping("/p/{partnership}/groups/{group}/responses")
    String notResponded(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            Model model) {
        var group = structure.groupFor(user, partnership.getId(), groupId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (group.isConfidential()) {
            audit.recordView(partnership.getId(), "Group", groupId, "Opened who has not responded to a confidential group's actions");
        }
        var today = LocalDate.now(clock);
        var byOwner = new TreeMap<String, List<Waiting>>(String.CASE_INSENSITIVE_ORDER);
        for (var tracked : tracker.notResponded(user, partnership.getId(), groupId)) {
            var waiting = new Waiting(tracked, ChronoUnit.DAYS.between(tracked.action().getRespondBy(), today));
            var owners = new ArrayList<String>(tracked.ownerNames());
            if (tracked.action().isAllPartners()) {
                owners.add("All partners");
            }
            owners.forEach(owner -> byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(waiting));
        }
        model.addAttribute("group", group);
        model.addAttribute("owners", byOwner.entrySet().stream().map(e -> new OwnerWaiting(e.getKey(), e.getValue())).toList());
        model.addAttribute("responseDays", tracker.responseDays());
        return "actions/responses";
    }

    @GetMapping("/p/{partnership}/actions/responsiveness")
    String responsiveness(Partnership partnership, CurrentUser user, Model model) {
        model.addAttribute("figures", tracker.responsiveness(user, partnership.getId()));
        model.addAttribute("responseDays", tracker.responseDays());
        return "actions/responsiveness";
    }
}

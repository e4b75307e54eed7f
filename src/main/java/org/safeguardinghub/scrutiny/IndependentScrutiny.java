package org.safeguardinghub.scrutiny;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.actions.Action;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.actions.TrackedAction;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's key lines of enquiry, the scrutiny activities that test them, their findings and the partners' responses. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class IndependentScrutiny {

    private final LineOfEnquiryRepository lines;
    private final ScrutinyActivityRepository activities;
    private final ScrutinyFindingRepository findings;
    private final ActionTracker tracker;
    private final Clock clock;

    IndependentScrutiny(LineOfEnquiryRepository lines, ScrutinyActivityRepository activities,
            ScrutinyFindingRepository findings, ActionTracker tracker, Clock clock) {
        this.lines = lines;
        this.activities = activities;
        this.findings = findings;
        this.tracker = tracker;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<LineOfEnquiry> lines(long partnershipId) {
        return lines.findByPartnershipIdOrderByStartsYearDescIdAsc(partnershipId);
    }

    @Transactional
    public LineOfEnquiry addLine(long partnershipId, int startsYear, String question) {
        return lines.saveAndFlush(new LineOfEnquiry(partnershipId, startsYear, question));
    }

    public List<ScrutinyActivity> activities(long partnershipId) {
        return activities.findByPartnershipIdOrderByHeldOnDescIdDesc(partnershipId);
    }

    public Optional<ScrutinyActivity> activity(long partnershipId, long activityId) {
        return activities.findByIdAndPartnershipId(activityId, partnershipId);
    }

    public Optional<LineOfEnquiry> line(long partnershipId, long lineId) {
        return lines.findByIdAndPartnershipId(lineId, partnershipId);
    }

    @Transactional
    public ScrutinyActivity addActivity(long partnershipId, Long lineId, ScrutinyKind kind, String title, LocalDate heldOn,
            String summary) {
        if (lineId != null && line(partnershipId, lineId).isEmpty()) {
            throw new Refused("lineId", "Select a line of enquiry of this partnership");
        }
        return activities.saveAndFlush(new ScrutinyActivity(partnershipId, lineId, kind, title, heldOn, summary));
    }

    public List<ScrutinyFinding> findings(long activityId) {
        return findings.findByActivityIdOrderByIdAsc(activityId);
    }

    public Optional<ScrutinyFinding> finding(long partnershipId, long findingId) {
        return findings.findByIdAndPartnershipId(findingId, partnershipId);
    }

    @Transactional
    public ScrutinyFinding addFinding(long partnershipId, long activityId, String text) {
        activity(partnershipId, activityId).orElseThrow();
        return findings.saveAndFlush(new ScrutinyFinding(partnershipId, activityId, text));
    }

    @Transactional
    public void respond(long partnershipId, long findingId, int expectedVersion, String response) {
        finding(partnershipId, findingId).orElseThrow().respond(expectedVersion, response, today());
        findings.flush();
    }

    @Transactional
    public Action raiseAction(CurrentUser user, long partnershipId, long findingId, String description,
            Long ownerPersonId, Long ownerOrganisationId, LocalDate dueOn) {
        var finding = finding(partnershipId, findingId).orElseThrow();
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Enter what needs to be done");
        }
        if (ownerPersonId == null && ownerOrganisationId == null) {
            throw new Refused("owner", "Select who owns the action");
        }
        var activity = activity(partnershipId, finding.getActivityId()).orElseThrow();
        return tracker.raise(new RaiseAction(partnershipId, null, description.strip(),
                ownerPersonId == null ? Set.of() : Set.of(ownerPersonId),
                ownerOrganisationId == null ? Set.of() : Set.of(ownerOrganisationId), false, dueOn,
                new ActionSource(ActionSource.Type.SCRUTINY_FINDING, finding.getId(), activity.getTitle()), user.username()));
    }

    /** The actions raised from these findings, by finding. */
    public Map<Long, List<TrackedAction>> actionsOf(long partnershipId, List<ScrutinyFinding> of) {
        return tracker.raisedFrom(partnershipId, ActionSource.Type.SCRUTINY_FINDING,
                        of.stream().map(ScrutinyFinding::getId).toList()).stream()
                .collect(Collectors.groupingBy(t -> t.action().getSource().id()));
    }
}

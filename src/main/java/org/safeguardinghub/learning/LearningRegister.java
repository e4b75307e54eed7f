package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's learning register: its theme vocabulary, the findings of reviews and audits
 * tagged with themes, their actions on the tracker, and which themes keep coming back. Other
 * modules (case reviews) record their findings here with {@link #recordFinding}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class LearningRegister {

    /** What people read as where a finding's action came from: "Learning finding F12: …". */
    static final String ACTION_LABEL = "Learning finding F";

    private final LearningThemeRepository themes;
    private final LearningFindingRepository findings;
    private final ActionTracker tracker;
    private final PartnershipStructure structure;
    private final Visibilities visibilities;
    private final Clock clock;

    LearningRegister(LearningThemeRepository themes, LearningFindingRepository findings, ActionTracker tracker,
            PartnershipStructure structure, Visibilities visibilities, Clock clock) {
        this.themes = themes;
        this.findings = findings;
        this.tracker = tracker;
        this.structure = structure;
        this.visibilities = visibilities;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Themes

    public List<LearningTheme> themes(long partnershipId) {
        return themes.findByPartnershipIdOrderByNameAsc(partnershipId);
    }

    public Optional<LearningTheme> theme(long partnershipId, long themeId) {
        return themes.findByIdAndPartnershipId(themeId, partnershipId);
    }

    @Transactional
    public LearningTheme addTheme(long partnershipId, String name, String description) {
        if (name != null && themes.existsByPartnershipIdAndNameIgnoreCase(partnershipId, name.strip())) {
            throw new Refused("name", "The partnership already has the theme " + name.strip());
        }
        return themes.saveAndFlush(new LearningTheme(partnershipId, name, description));
    }

    @Transactional
    public void changeTheme(long partnershipId, long themeId, int expectedVersion, String name, String description) {
        var theme = theme(partnershipId, themeId).orElseThrow();
        if (name != null && !name.strip().equalsIgnoreCase(theme.getName())
                && themes.existsByPartnershipIdAndNameIgnoreCase(partnershipId, name.strip())) {
            throw new Refused("name", "The partnership already has the theme " + name.strip());
        }
        theme.rename(expectedVersion, name, description);
        themes.flush();
    }

    // Findings

    /** Records a finding from a review or audit; for the business unit's form and for other modules. */
    @Transactional
    public LearningFinding recordFinding(long partnershipId, FindingDetails details, String recordedBy) {
        check(partnershipId, details);
        return findings.saveAndFlush(new LearningFinding(partnershipId, details, recordedBy, today()));
    }

    /** Records a finding of a review held in the Hub; {@code sourceId} is that review's record. */
    @Transactional
    public LearningFinding recordFinding(long partnershipId, FindingDetails details, long sourceId, String recordedBy) {
        var finding = recordFinding(partnershipId, details, recordedBy);
        finding.cameFrom(sourceId);
        findings.flush();
        return finding;
    }

    /** The findings of one review held in the Hub that this user may see, oldest first, with their actions. */
    public List<FindingRow> findingsFrom(CurrentUser user, long partnershipId, LearningSource sourceType, long sourceId) {
        var list = findings.findByPartnershipIdAndSourceTypeAndSourceIdOrderByIdAsc(partnershipId, sourceType, sourceId)
                .stream().filter(visibility(user, partnershipId)).toList();
        return describe(partnershipId, list);
    }

    /** How many actions raised for the findings of one review are still open, whoever may see them. */
    public long openActionsFrom(long partnershipId, LearningSource sourceType, long sourceId) {
        var ids = findings.findByPartnershipIdAndSourceTypeAndSourceIdOrderByIdAsc(partnershipId, sourceType, sourceId)
                .stream().map(LearningFinding::getId).toList();
        return ids.isEmpty() ? 0 : tracker.raisedFrom(partnershipId, ActionSource.Type.LEARNING_FINDING, ids).stream()
                .filter(t -> t.action().getClosedOn() == null).count();
    }

    /** The recommendations of one review that have no action on the tracker yet, by finding reference. */
    public List<String> recommendationsWithoutActions(long partnershipId, LearningSource sourceType, long sourceId) {
        var list = findings.findByPartnershipIdAndSourceTypeAndSourceIdOrderByIdAsc(partnershipId, sourceType, sourceId)
                .stream().filter(f -> f.getRecommendation() != null).toList();
        var acted = actionsByFinding(partnershipId, list.stream().map(LearningFinding::getId).toList()).keySet();
        return list.stream().filter(f -> !acted.contains(f.getId())).map(LearningFinding::getReference).toList();
    }

    @Transactional
    public void changeFinding(CurrentUser user, long partnershipId, long findingId, int expectedVersion,
            FindingDetails details) {
        var finding = find(user, partnershipId, findingId).orElseThrow();
        check(partnershipId, details);
        finding.change(expectedVersion, details);
        findings.flush();
    }

    private void check(long partnershipId, FindingDetails details) {
        if (details.groupId() != null && structure.group(partnershipId, details.groupId()).isEmpty()) {
            throw new Refused("groupId", "Select a group from this partnership");
        }
        var known = themes(partnershipId).stream().map(LearningTheme::getId).collect(Collectors.toSet());
        if (details.themeIds() != null && !known.containsAll(details.themeIds())) {
            throw new Refused("themeIds", "Select themes from this partnership's list");
        }
    }

    /**
     * A finding as this user may see it: a confidential finding only for those who may read its
     * group's confidential business, and none of a confidential group they cannot see.
     */
    public Optional<LearningFinding> find(CurrentUser user, long partnershipId, long findingId) {
        return findings.findByIdAndPartnershipId(findingId, partnershipId).filter(f -> visible(user, partnershipId, f));
    }

    private boolean visible(CurrentUser user, long partnershipId, LearningFinding f) {
        return visibility(user, partnershipId).test(f);
    }

    /** Which findings this user may see, worked out once for a whole list. */
    private java.util.function.Predicate<LearningFinding> visibility(CurrentUser user, long partnershipId) {
        var visibility = visibilities.of(user, partnershipId);
        return f -> visibility.reads(f.getGroupId(), f.isConfidential());
    }

    /** The findings this user may see, newest first. */
    public List<FindingRow> findings(CurrentUser user, long partnershipId) {
        var list = findings.findByPartnershipIdOrderBySourceDateDescIdDesc(partnershipId).stream()
                .filter(visibility(user, partnershipId)).toList();
        return describe(partnershipId, list);
    }

    public FindingRow row(LearningFinding finding) {
        return describe(finding.partnershipId(), List.of(finding)).getFirst();
    }

    private List<FindingRow> describe(long partnershipId, List<LearningFinding> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        var names = themes(partnershipId).stream().collect(Collectors.toMap(LearningTheme::getId, LearningTheme::getName));
        var actions = actionsByFinding(partnershipId, list.stream().map(LearningFinding::getId).toList());
        return list.stream().map(f -> {
            var own = actions.getOrDefault(f.getId(), List.of());
            return new FindingRow(f, f.getThemeIds().stream().map(names::get).filter(n -> n != null).sorted().toList(), own,
                    Recurrence.closedOn(own.stream().map(t -> t.action().getClosedOn()).toList()).orElse(null));
        }).toList();
    }

    private Map<Long, List<TrackedAction>> actionsByFinding(long partnershipId, List<Long> findingIds) {
        var byFinding = new HashMap<Long, List<TrackedAction>>();
        for (var tracked : tracker.raisedFrom(partnershipId, ActionSource.Type.LEARNING_FINDING, findingIds)) {
            byFinding.computeIfAbsent(tracked.action().getSource().id(), k -> new ArrayList<>()).add(tracked);
        }
        return byFinding;
    }

    /**
     * Raises an action on the tracker for the finding; confidential when its source is, so only
     * those who may read its group's confidential business see it there.
     */
    @Transactional
    public Action raiseAction(CurrentUser user, long partnershipId, long findingId, String description,
            Set<Long> ownerPersonIds, Set<Long> ownerOrganisationIds, boolean allPartners, LocalDate dueOn) {
        var finding = find(user, partnershipId, findingId).orElseThrow();
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Enter what needs to be done");
        }
        if (finding.getRecommendation() != null && !allPartners
                && (ownerOrganisationIds == null || ownerOrganisationIds.isEmpty())) {
            throw new Refused("ownerOrganisationId",
                    "Select the organisation that owns the action: every action for a recommendation has an owner organisation");
        }
        var label = ACTION_LABEL + finding.getId() + ": "
                + (finding.isConfidential() ? finding.getSourceType().label() : finding.getSourceReference());
        return tracker.raise(new RaiseAction(partnershipId, finding.getGroupId(), description.strip(), ownerPersonIds,
                ownerOrganisationIds, allPartners, dueOn, new ActionSource(ActionSource.Type.LEARNING_FINDING, finding.getId(),
                        label), user.username(), finding.isConfidential()));
    }

    // Recurring learning

    /**
     * Every theme with how often it was raised, when first and last, and whether it came back after
     * the actions for an earlier finding were all closed. Counts only the findings this user may see,
     * so someone outside the joint case review group cannot learn of a confidential review from a count.
     */
    public List<ThemeSummary> themeSummaries(CurrentUser user, long partnershipId) {
        var all = findings.findByPartnershipIdOrderBySourceDateDescIdDesc(partnershipId).stream()
                .filter(visibility(user, partnershipId)).toList();
        var closingDates = new HashMap<Long, List<LocalDate>>();
        for (var action : tracker.actionsFrom(partnershipId, ActionSource.Type.LEARNING_FINDING,
                all.stream().map(LearningFinding::getId).toList())) {
            closingDates.computeIfAbsent(action.getSource().id(), k -> new ArrayList<>()).add(action.getClosedOn());
        }
        var result = new ArrayList<ThemeSummary>();
        for (var theme : themes(partnershipId)) {
            var tagged = all.stream().filter(f -> f.getThemeIds().contains(theme.getId())).toList();
            if (tagged.isEmpty()) {
                result.add(new ThemeSummary(theme, 0, 0, null, null, null));
                continue;
            }
            var sources = new HashSet<String>();
            tagged.forEach(f -> sources.add(f.getSourceType() + "\n" + f.getSourceReference().toLowerCase()));
            var occurrences = tagged.stream().map(f -> new Recurrence.Occurrence(f.getId(),
                    f.isConfidential() ? "a confidential " + f.getSourceType().label().toLowerCase() : f.getSourceReference(),
                    f.getSourceDate(), Recurrence.closedOn(closingDates.getOrDefault(f.getId(), List.of())).orElse(null))).toList();
            var dates = tagged.stream().map(LearningFinding::getSourceDate).sorted().toList();
            result.add(new ThemeSummary(theme, sources.size(), tagged.size(), dates.getFirst(), dates.getLast(),
                    Recurrence.afterClosure(occurrences).orElse(null)));
        }
        result.sort(Comparator.comparing((ThemeSummary s) -> -s.reviews()).thenComparing(s -> s.theme().getName()));
        return result;
    }
}

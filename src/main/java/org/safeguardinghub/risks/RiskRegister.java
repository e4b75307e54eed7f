package org.safeguardinghub.risks;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.actions.Action;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.actions.TrackedAction;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.safeguardinghub.plans.StrategicPlans;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's risk registers: the board's and each subgroup's. Every change of rating adds a
 * line to the rating history; mitigating actions go on the partnership's one tracker.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class RiskRegister {

    static final List<String> DEFAULT_LIKELIHOOD = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    static final List<String> DEFAULT_IMPACT = List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

    private final RiskRepository risks;
    private final RiskRatingRepository ratings;
    private final RiskScaleRepository scales;
    private final PartnershipStructure structure;
    private final People people;
    private final StrategicPlans plans;
    private final ActionTracker tracker;
    private final Clock clock;

    RiskRegister(RiskRepository risks, RiskRatingRepository ratings, RiskScaleRepository scales,
            PartnershipStructure structure, People people, StrategicPlans plans, ActionTracker tracker, Clock clock) {
        this.risks = risks;
        this.ratings = ratings;
        this.scales = scales;
        this.structure = structure;
        this.people = people;
        this.plans = plans;
        this.tracker = tracker;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A risk as this user may see it: risks of a confidential group they cannot see do not exist for them. */
    public Optional<Risk> find(CurrentUser user, long partnershipId, long riskId) {
        return risks.findByIdAndPartnershipId(riskId, partnershipId)
                .filter(r -> structure.groupFor(user, partnershipId, r.getGroupId()).isPresent());
    }

    /**
     * The risks this user may see; for one group, its own register with, for the board, the risks
     * escalated to it from subgroups.
     */
    public List<RiskRow> register(CurrentUser user, long partnershipId, Long groupId) {
        var visible = structure.visibleGroups(user, partnershipId).stream()
                .collect(Collectors.toMap(Group::getId, Function.identity()));
        var list = risks.findByPartnershipIdOrderByIdAsc(partnershipId).stream()
                .filter(r -> visible.containsKey(r.getGroupId()))
                .filter(r -> groupId == null || groupId.equals(r.getGroupId()) || groupId.equals(r.getEscalatedToGroupId()))
                .toList();
        return describe(partnershipId, list, visible);
    }

    /**
     * The risks on these groups' registers (for one group, its own with those escalated to it),
     * whoever asks: for a summary whose readers are already known to see every one of the groups.
     */
    public List<RiskRow> registerOf(long partnershipId, java.util.Collection<Group> groups, Long groupId) {
        var shown = groups.stream().collect(Collectors.toMap(Group::getId, Function.identity()));
        var list = risks.findByPartnershipIdOrderByIdAsc(partnershipId).stream()
                .filter(r -> shown.containsKey(r.getGroupId()))
                .filter(r -> groupId == null || groupId.equals(r.getGroupId()) || groupId.equals(r.getEscalatedToGroupId()))
                .toList();
        return describe(partnershipId, list, shown);
    }

    public RiskRow row(CurrentUser user, Risk risk) {
        var visible = structure.visibleGroups(user, risk.partnershipId()).stream()
                .collect(Collectors.toMap(Group::getId, Function.identity()));
        return describe(risk.partnershipId(), List.of(risk), visible).getFirst();
    }

    private List<RiskRow> describe(long partnershipId, List<Risk> list, Map<Long, Group> groups) {
        if (list.isEmpty()) {
            return List.of();
        }
        var names = people.allIn(partnershipId).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        var priorities = plans.priorityNames(partnershipId);
        return list.stream().map(r -> new RiskRow(r, groups.get(r.getGroupId()).getName(),
                r.getEscalatedToGroupId() == null ? null : groups.containsKey(r.getEscalatedToGroupId())
                        ? groups.get(r.getEscalatedToGroupId()).getName() : "the board",
                r.getOwnerPersonId() == null ? "No named owner" : names.getOrDefault(r.getOwnerPersonId(), "A former member"),
                r.getPriorityId() == null ? null : priorities.get(r.getPriorityId()))).toList();
    }

    @Transactional
    public Risk add(long partnershipId, long groupId, RiskDetails details, String by) {
        check(partnershipId, groupId, details);
        var risk = risks.saveAndFlush(new Risk(partnershipId, groupId, details));
        ratings.save(risk.rated(by, today(), "First rated"));
        return risk;
    }

    @Transactional
    public void change(CurrentUser user, long partnershipId, long riskId, int expectedVersion, RiskDetails details,
            String ratingReason) {
        var risk = find(user, partnershipId, riskId).orElseThrow();
        check(partnershipId, null, details);
        if (risk.change(expectedVersion, details)) {
            ratings.save(risk.rated(user.username(), today(), ratingReason));
        }
        risks.flush();
    }

    private void check(long partnershipId, Long groupId, RiskDetails details) {
        if (groupId != null && structure.group(partnershipId, groupId).isEmpty()) {
            throw new Refused("groupId", "Select the group whose register the risk is on");
        }
        if (details.ownerPersonId() != null && people.find(partnershipId, details.ownerPersonId()).isEmpty()) {
            throw new Refused("ownerPersonId", "Select a person from this partnership");
        }
        if (details.priorityId() != null && plans.priority(partnershipId, details.priorityId()).isEmpty()) {
            throw new Refused("priorityId", "Select a priority of this partnership's plan");
        }
    }

    public List<RiskRating> history(long riskId) {
        return ratings.findByRiskIdOrderByIdAsc(riskId);
    }

    /** The board at the top of the structure, whose register subgroups escalate to. */
    public Optional<Group> board(long partnershipId) {
        return structure.groups(partnershipId).stream().filter(g -> g.getKind() == GroupKind.BOARD)
                .filter(g -> g.getParentId() == null).findFirst();
    }

    @Transactional
    public void escalate(CurrentUser user, long partnershipId, long riskId, int expectedVersion, String reason) {
        var risk = find(user, partnershipId, riskId).orElseThrow();
        var board = board(partnershipId).orElseThrow(() -> new Refused(null, "The partnership has no board to escalate to"));
        risk.escalate(expectedVersion, board.getId(), reason, today());
        risks.flush();
    }

    @Transactional
    public Action raiseAction(CurrentUser user, long partnershipId, long riskId, String description, Long ownerPersonId,
            LocalDate dueOn) {
        var risk = find(user, partnershipId, riskId).orElseThrow();
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Enter what needs to be done");
        }
        if (ownerPersonId == null) {
            throw new Refused("ownerPersonId", "Select who owns the action");
        }
        return tracker.raise(new RaiseAction(partnershipId, risk.getGroupId(), description.strip(), Set.of(ownerPersonId),
                Set.of(), false, dueOn, new ActionSource(ActionSource.Type.RISK, risk.getId(),
                        risk.getReference() + ": " + risk.getTitle()), user.username()));
    }

    public List<TrackedAction> actionsOf(long partnershipId, long riskId) {
        return tracker.raisedFrom(partnershipId, ActionSource.Type.RISK, List.of(riskId));
    }

    // Scales

    /** The words for each point of likelihood and impact: the partnership's own, or the usual ones. */
    public Scales scales(long partnershipId) {
        var likelihood = new ArrayList<>(DEFAULT_LIKELIHOOD);
        var impact = new ArrayList<>(DEFAULT_IMPACT);
        for (var s : scales.findByPartnershipIdOrderByAxisAscScoreAsc(partnershipId)) {
            (RiskScale.LIKELIHOOD.equals(s.getAxis()) ? likelihood : impact).set(s.getScore() - 1, s.getLabel());
        }
        return new Scales(likelihood, impact);
    }

    @Transactional
    public void changeScales(long partnershipId, List<String> likelihood, List<String> impact) {
        var existing = scales.findByPartnershipIdOrderByAxisAscScoreAsc(partnershipId).stream()
                .collect(Collectors.toMap(s -> s.getAxis() + s.getScore(), Function.identity()));
        for (var axis : List.of(RiskScale.LIKELIHOOD, RiskScale.IMPACT)) {
            var labels = axis.equals(RiskScale.LIKELIHOOD) ? likelihood : impact;
            for (var score = 1; score <= 5; score++) {
                var label = labels.get(score - 1);
                var scale = existing.get(axis + score);
                if (scale == null) {
                    scale = new RiskScale(partnershipId, axis, score, "-");
                    scale.relabel(label);
                    scales.save(scale);
                } else {
                    scale.relabel(label);
                }
            }
        }
        scales.flush();
    }

    /** The 5 × 5 grid of how many of these risks sit at each current likelihood and impact: [likelihood-1][impact-1]. */
    public int[][] heatMap(List<RiskRow> rows) {
        var grid = new int[5][5];
        rows.stream().filter(r -> r.risk().getClosedOn() == null)
                .forEach(r -> grid[r.risk().getCurrent().likelihood() - 1][r.risk().getCurrent().impact() - 1]++);
        return grid;
    }

    public record Scales(List<String> likelihood, List<String> impact) {

        public String likelihood(int score) {
            return likelihood.get(score - 1);
        }

        public String impact(int score) {
            return impact.get(score - 1);
        }

        public Map<Integer, String> likelihoodByScore() {
            var map = new LinkedHashMap<Integer, String>();
            for (var i = 5; i >= 1; i--) {
                map.put(i, likelihood(i));
            }
            return map;
        }
    }
}

package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's strategic plans and their priorities. Other modules name a priority by its id
 * (a risk's linked priority) and read it here; the dataset will link measures to its indicators
 * with {@link #linkMeasureToIndicator}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class StrategicPlans {

    private final StrategicPlanRepository plans;
    private final PriorityRepository priorities;
    private final SuccessMeasureRepository measures;

    StrategicPlans(StrategicPlanRepository plans, PriorityRepository priorities, SuccessMeasureRepository measures) {
        this.plans = plans;
        this.priorities = priorities;
        this.measures = measures;
    }

    public List<StrategicPlan> all(long partnershipId) {
        return plans.findByPartnershipIdOrderByStartsYearDescIdDesc(partnershipId);
    }

    public Optional<StrategicPlan> find(long partnershipId, long planId) {
        return plans.findByIdAndPartnershipId(planId, partnershipId);
    }

    @Transactional
    public StrategicPlan create(long partnershipId, String title, int startsYear, int endsYear, String vision,
            String coreBusiness) {
        return plans.saveAndFlush(new StrategicPlan(partnershipId, title, startsYear, endsYear, vision, coreBusiness));
    }

    @Transactional
    public void change(long partnershipId, long planId, int expectedVersion, String title, int startsYear, int endsYear,
            String vision, String coreBusiness) {
        find(partnershipId, planId).orElseThrow().change(expectedVersion, title, startsYear, endsYear, vision, coreBusiness);
        plans.flush();
    }

    public List<Priority> priorities(long planId) {
        return priorities.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    /** Every priority of every plan of the partnership, for choosing one to link a record to. */
    public List<Priority> allPriorities(long partnershipId) {
        return priorities.findByPartnershipIdOrderByPlanIdAscPositionAsc(partnershipId);
    }

    public Optional<Priority> priority(long partnershipId, long priorityId) {
        return priorities.findByIdAndPartnershipId(priorityId, partnershipId);
    }

    /** Names of the partnership's priorities by id ("Priority 1: Exploitation"). */
    public Map<Long, String> priorityNames(long partnershipId) {
        return allPriorities(partnershipId).stream().collect(Collectors.toMap(Priority::getId, Priority::getName));
    }

    @Transactional
    public Priority addPriority(long partnershipId, long planId, String title, String objective, String howWeWill,
            String successStatements, String measuresText, String sharedWith) {
        find(partnershipId, planId).orElseThrow(() -> new Refused(null, "Select a plan of this partnership"));
        var position = priorities(planId).stream().mapToInt(Priority::getPosition).max().orElse(0) + 1;
        var priority = priorities.saveAndFlush(new Priority(partnershipId, planId, position, title, objective, howWeWill,
                successStatements, sharedWith));
        replaceMeasures(priority, measuresText);
        return priority;
    }

    @Transactional
    public void changePriority(long partnershipId, long priorityId, int expectedVersion, String title, String objective,
            String howWeWill, String successStatements, String measuresText, String sharedWith) {
        var priority = priority(partnershipId, priorityId).orElseThrow();
        priority.change(expectedVersion, title, objective, howWeWill, successStatements, sharedWith);
        priorities.flush();
        replaceMeasures(priority, measuresText);
    }

    /** Keeps measures whose words are unchanged (with any indicator they are linked to), adds new ones, removes the rest. */
    private void replaceMeasures(Priority priority, String measuresText) {
        var wanted = Text.lines(measuresText);
        var existing = new ArrayList<>(measures(priority.getId()));
        var position = 1;
        for (var text : wanted) {
            var kept = existing.stream().filter(m -> m.getDescription().equals(text)).findFirst();
            if (kept.isPresent()) {
                kept.get().moveTo(position);
                existing.remove(kept.get());
            } else {
                measures.save(new SuccessMeasure(priority.partnershipId(), priority.getId(), position, text));
            }
            position++;
        }
        measures.deleteAll(existing);
        measures.flush();
    }

    public List<SuccessMeasure> measures(long priorityId) {
        return measures.findByPriorityIdOrderByPositionAscIdAsc(priorityId);
    }

    public Map<Long, List<SuccessMeasure>> measuresOf(List<Priority> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        return measures.findByPriorityIdInOrderByPositionAscIdAsc(of.stream().map(Priority::getId).toList()).stream()
                .collect(Collectors.groupingBy(SuccessMeasure::getPriorityId));
    }

    /** The link point for the dataset: the indicator that measures this success measure, or none. */
    @Transactional
    public void linkMeasureToIndicator(long partnershipId, long measureId, Long indicatorId) {
        measures.findById(measureId).filter(m -> m.partnershipId() == partnershipId).orElseThrow().measuredBy(indicatorId);
    }
}

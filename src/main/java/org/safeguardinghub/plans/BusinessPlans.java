package org.safeguardinghub.plans;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly business plans that deliver a strategic plan: their activities, each owner's
 * quarterly progress, and the executive's review of it.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class BusinessPlans {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final BusinessPlanRepository businessPlans;
    private final PlanActivityRepository activities;
    private final ProgressUpdateRepository updates;
    private final StrategicPlans strategicPlans;
    private final PartnershipStructure structure;
    private final People people;
    private final Clock clock;

    BusinessPlans(BusinessPlanRepository businessPlans, PlanActivityRepository activities, ProgressUpdateRepository updates,
            StrategicPlans strategicPlans, PartnershipStructure structure, People people, Clock clock) {
        this.businessPlans = businessPlans;
        this.activities = activities;
        this.updates = updates;
        this.strategicPlans = strategicPlans;
        this.structure = structure;
        this.people = people;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<BusinessPlan> of(long strategicPlanId) {
        return businessPlans.findByStrategicPlanIdOrderByStartsYearDesc(strategicPlanId);
    }

    public List<BusinessPlan> all(long partnershipId) {
        return businessPlans.findByPartnershipIdOrderByStartsYearDesc(partnershipId);
    }

    public Optional<BusinessPlan> find(long partnershipId, long businessPlanId) {
        return businessPlans.findByIdAndPartnershipId(businessPlanId, partnershipId);
    }

    @Transactional
    public BusinessPlan create(long partnershipId, long strategicPlanId, int startsYear) {
        var plan = strategicPlans.find(partnershipId, strategicPlanId)
                .orElseThrow(() -> new Refused(null, "Select a plan of this partnership"));
        if (!plan.covers(startsYear)) {
            throw new Refused("startsYear", "The business plan's year must start within the strategic plan's period, "
                    + plan.getPeriod());
        }
        if (businessPlans.existsByStrategicPlanIdAndStartsYear(strategicPlanId, startsYear)) {
            throw new Refused("startsYear", "There is already a business plan for " + startsYear + " to "
                    + (startsYear + 1));
        }
        return businessPlans.saveAndFlush(new BusinessPlan(partnershipId, strategicPlanId, startsYear));
    }

    // Activities

    public Optional<PlanActivity> activity(long partnershipId, long activityId) {
        return activities.findByIdAndPartnershipId(activityId, partnershipId);
    }

    /** An activity as this user may see it: one owned by a confidential group they cannot see does not exist for them. */
    public Optional<PlanActivity> activity(CurrentUser user, long partnershipId, long activityId) {
        return activity(partnershipId, activityId)
                .filter(a -> structure.groupFor(user, partnershipId, a.getOwnerGroupId()).isPresent());
    }

    @Transactional
    public PlanActivity addActivity(long partnershipId, long businessPlanId, Long priorityId, String description,
            Long ownerGroupId, Long ownerPersonId, LocalDate dueOn) {
        var plan = find(partnershipId, businessPlanId).orElseThrow(() -> new Refused(null, "Select a business plan"));
        check(plan, priorityId, ownerGroupId, ownerPersonId);
        return activities.saveAndFlush(new PlanActivity(partnershipId, businessPlanId, priorityId, description,
                ownerGroupId, ownerPersonId, dueOn));
    }

    @Transactional
    public void changeActivity(long partnershipId, long activityId, int expectedVersion, Long priorityId,
            String description, Long ownerGroupId, Long ownerPersonId, LocalDate dueOn) {
        var activity = activity(partnershipId, activityId).orElseThrow();
        var plan = find(partnershipId, activity.getBusinessPlanId()).orElseThrow();
        if (!ownerGroupId.equals(activity.getOwnerGroupId())) {
            check(plan, priorityId, ownerGroupId, ownerPersonId);
        } else {
            check(plan, priorityId, null, ownerPersonId);
        }
        activity.change(expectedVersion, priorityId, description, ownerGroupId, ownerPersonId, dueOn);
        activities.flush();
    }

    private void check(BusinessPlan plan, Long priorityId, Long ownerGroupId, Long ownerPersonId) {
        var partnershipId = plan.partnershipId();
        if (priorityId != null && strategicPlans.priority(partnershipId, priorityId)
                .filter(p -> p.getPlanId().equals(plan.getStrategicPlanId())).isEmpty()) {
            throw new Refused("priorityId", "Select a priority of this plan");
        }
        if (ownerGroupId != null) {
            var group = structure.group(partnershipId, ownerGroupId)
                    .orElseThrow(() -> new Refused("ownerGroupId", "Select the group that owns the activity"));
            if (group.getEndsOn() != null && group.getEndsOn().isBefore(today())) {
                throw new Refused("ownerGroupId", group.getName() + " closed on " + DAY.format(group.getEndsOn())
                        + ", so it cannot own an activity. Choose a group that is still meeting");
            }
        }
        if (ownerPersonId != null && people.find(partnershipId, ownerPersonId).isEmpty()) {
            throw new Refused("ownerPersonId", "Select a person from this partnership");
        }
    }

    /** The business plan's activities this user may see, in priority order, with their quarterly updates. */
    public List<ActivityRow> rows(CurrentUser user, BusinessPlan plan) {
        return describe(user, plan.partnershipId(), activities.findByBusinessPlanIdOrderByIdAsc(plan.getId()));
    }

    /**
     * The business plan's activities owned by these groups, whoever asks: for a summary whose
     * readers are already known to see every one of the groups (a meeting's standing report).
     */
    public List<ActivityRow> rowsOf(BusinessPlan plan, java.util.Collection<Group> groups) {
        return describe(groups.stream().collect(Collectors.toMap(Group::getId, Function.identity())), plan.partnershipId(),
                activities.findByBusinessPlanIdOrderByIdAsc(plan.getId()));
    }

    /** The business plan being delivered on a day: the one whose year it falls in, or else the latest that started before it. */
    public Optional<BusinessPlan> current(long partnershipId, LocalDate on) {
        var year = BusinessPlan.businessYearOf(on);
        return all(partnershipId).stream().filter(b -> b.getStartsYear() <= year).findFirst();
    }

    public ActivityRow row(CurrentUser user, PlanActivity activity) {
        return describe(user, activity.partnershipId(), List.of(activity)).getFirst();
    }

    private List<ActivityRow> describe(CurrentUser user, long partnershipId, List<PlanActivity> list) {
        return describe(structure.visibleGroups(user, partnershipId).stream()
                .collect(Collectors.toMap(Group::getId, Function.identity())), partnershipId, list);
    }

    private List<ActivityRow> describe(Map<Long, Group> visible, long partnershipId, List<PlanActivity> list) {
        var shown = list.stream().filter(a -> visible.containsKey(a.getOwnerGroupId())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        var priorities = strategicPlans.allPriorities(partnershipId).stream()
                .collect(Collectors.toMap(Priority::getId, Function.identity()));
        var names = people.allIn(partnershipId).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        var byActivity = new HashMap<Long, Map<Integer, ProgressUpdate>>();
        updates.findByActivityIdInOrderByQuarterAsc(shown.stream().map(PlanActivity::getId).toList())
                .forEach(u -> byActivity.computeIfAbsent(u.getActivityId(), k -> new java.util.TreeMap<>()).put(u.getQuarter(), u));
        return shown.stream()
                .sorted(Comparator.comparing((PlanActivity a) -> a.getPriorityId() == null ? Integer.MAX_VALUE
                        : priorities.get(a.getPriorityId()).getPosition()).thenComparing(PlanActivity::getId))
                .map(a -> new ActivityRow(a,
                        a.getPriorityId() == null ? "Core business" : priorities.get(a.getPriorityId()).getName(),
                        visible.get(a.getOwnerGroupId()).getName(),
                        a.getOwnerPersonId() == null ? "No named owner" : names.getOrDefault(a.getOwnerPersonId(), "A former member"),
                        byActivity.getOrDefault(a.getId(), Map.of())))
                .toList();
    }

    // Progress and review

    /** Owners report on their own activities; the business unit may report on any. */
    public boolean mayReport(CurrentUser user, long partnershipId, long activityId) {
        return activity(user, partnershipId, activityId).map(a -> mayReport(user, a)).orElse(false);
    }

    public boolean mayReport(CurrentUser user, PlanActivity activity) {
        return user.hasAnyRole(activity.partnershipId(), Role.BUSINESS_UNIT)
                || (user.belongsTo(activity.partnershipId()) && user.personId() != null
                        && user.personId().equals(activity.getOwnerPersonId()));
    }

    /** The quarters an update may be written for: those of the plan's year that have started. */
    public List<Integer> reportableQuarters(BusinessPlan plan) {
        var current = Math.min(4, plan.quarterOn(today()));
        return java.util.stream.IntStream.rangeClosed(1, current).boxed().toList();
    }

    public Optional<ProgressUpdate> update(long activityId, int quarter) {
        return updates.findByActivityIdAndQuarter(activityId, quarter);
    }

    @Transactional
    public ProgressUpdate report(CurrentUser user, long partnershipId, long activityId, int expectedVersion, Integer quarter,
            Rag rag, String narrative, String evidence) {
        var activity = activity(user, partnershipId, activityId).orElseThrow();
        if (!mayReport(user, activity)) {
            throw new Refused(null, "Only the activity's owner and the business unit can report its progress");
        }
        var plan = find(partnershipId, activity.getBusinessPlanId()).orElseThrow();
        if (quarter == null || quarter < 1 || quarter > 4) {
            throw new Refused("quarter", "Select the quarter the update is for");
        }
        if (!reportableQuarters(plan).contains(quarter)) {
            throw new Refused("quarter", "Quarter " + quarter + " starts on " + DAY.format(plan.startOf(quarter))
                    + ". Report on a quarter that has started");
        }
        var existing = update(activityId, quarter).orElse(null);
        var update = activity.report(existing, expectedVersion, quarter, rag, narrative, evidence, user.username(),
                clock.instant());
        return updates.saveAndFlush(update);
    }

    /** The executive's review of one quarter's update; it fixes the update. */
    @Transactional
    public void review(CurrentUser user, long partnershipId, long updateId, int expectedVersion, String comment) {
        var update = updates.findByIdAndPartnershipId(updateId, partnershipId).orElseThrow();
        activity(user, partnershipId, update.getActivityId()).orElseThrow();
        update.review(expectedVersion, user.username(), comment, clock.instant());
        updates.flush();
    }

    /** An update of one of the business plan's activities, for the executive's review. */
    public Optional<ProgressUpdate> reviewable(long partnershipId, long businessPlanId, long updateId) {
        return updates.findByIdAndPartnershipId(updateId, partnershipId)
                .filter(u -> activity(partnershipId, u.getActivityId())
                        .map(a -> a.getBusinessPlanId() == businessPlanId).orElse(false));
    }

    /** How many activities stand at each RAG status in a quarter, with those not yet reported. */
    public Map<String, Long> ragCounts(List<ActivityRow> rows, int quarter) {
        var counts = new java.util.LinkedHashMap<String, Long>();
        for (var rag : Rag.values()) {
            counts.put(rag.label(), rows.stream().filter(r -> r.in(quarter) != null && r.in(quarter).getRag() == rag).count());
        }
        counts.put("Not reported", rows.stream().filter(r -> r.in(quarter) == null).count());
        return counts;
    }

    public Set<Long> ownerGroupIds(List<ActivityRow> rows) {
        return rows.stream().map(r -> r.activity().getOwnerGroupId()).collect(Collectors.toSet());
    }
}

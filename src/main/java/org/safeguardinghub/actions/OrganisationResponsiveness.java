package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * How promptly an organisation answers the actions it is named on as an owner (actions for all
 * partners are left out: any partner may answer those).
 * <ul>
 * <li>{@code asked}: actions naming the organisation.</li>
 * <li>{@code dueAnAnswer}: those that have had an update, or whose first date to respond by has
 * passed (an action still inside its response period is not yet counted either way).</li>
 * <li>{@code answeredInTime}: those whose first update was written on or before the first date to
 * respond by (the date raised plus the response period; chasing does not move it).</li>
 * <li>{@code medianDaysToFirstUpdate}: the median, over actions that have had an update, of the days
 * from the date raised to the date of the first update; null when none has.</li>
 * </ul>
 * An update is one added on the action's page by an owner, an agency representative or the
 * business unit; closing, reopening and chasing are not updates.
 */
public record OrganisationResponsiveness(long organisationId, String organisation, int asked, int dueAnAnswer,
        int answeredInTime, int waitingPastDate, Double medianDaysToFirstUpdate) {

    static OrganisationResponsiveness of(long organisationId, String name, Collection<ResponseTime> times,
            LocalDate today, ZoneId zone) {
        int due = 0;
        int inTime = 0;
        int waiting = 0;
        var days = new java.util.ArrayList<Long>();
        for (var time : times) {
            if (time.firstUpdateAt() != null) {
                var answeredOn = LocalDate.ofInstant(time.firstUpdateAt(), zone);
                due++;
                if (!answeredOn.isAfter(time.firstRespondBy())) {
                    inTime++;
                }
                days.add(Math.max(0, ChronoUnit.DAYS.between(time.raisedOn(), answeredOn)));
            } else if (time.firstRespondBy().isBefore(today)) {
                due++;
                waiting++;
            }
        }
        return new OrganisationResponsiveness(organisationId, name, times.size(), due, inTime, waiting, median(days));
    }

    static Double median(java.util.List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The share answered in time, as a whole percentage of those due an answer; null when none is due yet. */
    public Integer percentInTime() {
        return dueAnAnswer == 0 ? null : (int) Math.round(100.0 * answeredInTime / dueAnAnswer);
    }

    public String shareText() {
        var percent = percentInTime();
        return percent == null ? "None due yet" : percent + "% (" + answeredInTime + " of " + dueAnAnswer + ")";
    }

    public String medianText() {
        if (medianDaysToFirstUpdate == null) {
            return "No updates yet";
        }
        var value = medianDaysToFirstUpdate;
        var number = value == Math.floor(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
        return number + (value == 1.0 ? " day" : " days");
    }
}

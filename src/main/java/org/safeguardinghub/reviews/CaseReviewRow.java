package org.safeguardinghub.reviews;

/**
 * A line of the case reviews dashboard: the kind of record, the child by case reference and
 * pseudonym only, where it is, and its next deadline (none once nothing is waiting).
 */
public record CaseReviewRow(String kind, String reference, String href, String child, String stage, ReviewDeadline next) {

    /** Overdue first, then the nearest deadline; those waiting on nothing last. */
    public static final java.util.Comparator<CaseReviewRow> BY_URGENCY = java.util.Comparator
            .comparing((CaseReviewRow r) -> r.next() == null ? Integer.MAX_VALUE : r.next().workingDaysLeft());
}

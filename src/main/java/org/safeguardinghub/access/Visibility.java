package org.safeguardinghub.access;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What one person may see in one partnership: the one rule every read path asks (pages, lists and
 * counts, search, exports, charts, history, standing reports, emails and digests). It is worked out
 * from the person's roles and the groups they sit on today by {@code partnership.Visibilities}; the
 * rule itself is here and nowhere else.
 *
 * <ul>
 * <li>Every group that is not confidential is seen by everyone in the partnership.</li>
 * <li>A confidential group, and the confidential business of any group (items, their notes,
 * decisions, actions and matters, confidential findings and actions), is read by the business unit,
 * chairs and scrutineers, and the group's own current members and deputies.</li>
 * <li>Case review records are read by the business unit, chairs, lead and delegated partners, and the
 * current members and deputies of the joint case review group.</li>
 * <li>Nobody outside the partnership sees anything of it.</li>
 * </ul>
 *
 * @param oversight business unit, chair or scrutineer in this partnership
 * @param partner lead or delegated partner in this partnership
 * @param confidentialGroups the partnership's confidential groups
 * @param seats the groups the person sits on today, as a member or a deputy
 * @param caseReviewGroup the joint case review group, if the partnership has chosen one
 */
@NamedInterface("api")
public record Visibility(long partnershipId, boolean inPartnership, boolean oversight, boolean partner,
        Set<Long> confidentialGroups, Set<Long> seats, Long caseReviewGroup) {

    /** Someone with no role in the partnership: another partnership's staff, or the public. */
    public static Visibility outsider(long partnershipId) {
        return new Visibility(partnershipId, false, false, false, Set.of(), Set.of(), null);
    }

    /** Whether the group (null: no group) exists for this person at all. */
    public boolean seesGroup(Long groupId) {
        if (!inPartnership) {
            return false;
        }
        return groupId == null || !confidentialGroups.contains(groupId) || readsConfidentialBusinessOf(groupId);
    }

    /** Whether the person may read a group's confidential business (null: confidential business of no group). */
    public boolean readsConfidentialBusinessOf(Long groupId) {
        return inPartnership && (oversight || (groupId != null && seats.contains(groupId)));
    }

    /**
     * Whether the person may read a record of a group (null: of no group) that is itself confidential
     * or not. A record of a confidential group is confidential whatever its own flag says.
     */
    public boolean reads(Long groupId, boolean confidential) {
        return seesGroup(groupId) && (!confidential || readsConfidentialBusinessOf(groupId));
    }

    /** Case review records: referrals, notifications, rapid and practice reviews, information requests. */
    public boolean readsCaseReviews() {
        return inPartnership && (oversight || partner || (caseReviewGroup != null && seats.contains(caseReviewGroup)));
    }

    /** Whether the person may read any confidential business or case review at all (two-factor sign-in is then required). */
    public boolean readsAnythingConfidential() {
        return oversight || partner || !seats.isEmpty();
    }

    /**
     * Whether a record may be described to people who are not signed in or whose entitlement is not
     * known when it is written: in emails, digests and anything else that leaves the Hub. Only
     * records that everyone in the partnership may read; anything else travels as a link alone.
     */
    public static boolean openToWholePartnership(boolean groupConfidential, boolean recordConfidential) {
        return !groupConfidential && !recordConfidential;
    }

    /** Groups of the partnership whose confidential business this person may read, among those given. */
    public Set<Long> groupsWithConfidentialAccess(Set<Long> allGroups) {
        if (!inPartnership) {
            return Set.of();
        }
        return oversight ? allGroups : allGroups.stream().filter(seats::contains)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}

package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTests {

    private static final long BOARD = 1, JOINT_CASE_REVIEW = 2, TASK_GROUP = 3;
    private static final Set<Long> CONFIDENTIAL = Set.of(JOINT_CASE_REVIEW);

    private static Visibility member(Long... seats) {
        return new Visibility(7, true, false, false, CONFIDENTIAL, Set.of(seats), JOINT_CASE_REVIEW);
    }

    @Test
    void theBusinessUnitAndChairsReadEverythingOfTheirPartnership() {
        var oversight = new Visibility(7, true, true, false, CONFIDENTIAL, Set.of(), JOINT_CASE_REVIEW);
        assertThat(oversight.seesGroup(JOINT_CASE_REVIEW)).isTrue();
        assertThat(oversight.reads(BOARD, true)).isTrue();
        assertThat(oversight.reads(null, true)).isTrue();
        assertThat(oversight.readsCaseReviews()).isTrue();
    }

    @Test
    void aMemberReadsTheConfidentialBusinessOfTheGroupsTheySitOnAndNoOther() {
        var onTheBoard = member(BOARD);
        assertThat(onTheBoard.reads(BOARD, true)).isTrue();
        assertThat(onTheBoard.reads(TASK_GROUP, true)).isFalse();
        assertThat(onTheBoard.reads(TASK_GROUP, false)).isTrue();
        assertThat(onTheBoard.seesGroup(JOINT_CASE_REVIEW)).isFalse();
        assertThat(onTheBoard.reads(JOINT_CASE_REVIEW, false)).as("a record of a confidential group").isFalse();
        assertThat(onTheBoard.reads(null, true)).as("confidential business of no group").isFalse();
        assertThat(onTheBoard.readsCaseReviews()).isFalse();
    }

    @Test
    void theJointCaseReviewGroupsMembersReadCaseReviewsAndPartnersDoWithoutReadingConfidentialItems() {
        assertThat(member(JOINT_CASE_REVIEW).readsCaseReviews()).isTrue();
        var partner = new Visibility(7, true, false, true, CONFIDENTIAL, Set.of(), JOINT_CASE_REVIEW);
        assertThat(partner.readsCaseReviews()).isTrue();
        assertThat(partner.reads(BOARD, true)).isFalse();
        assertThat(partner.seesGroup(JOINT_CASE_REVIEW)).isFalse();
    }

    @Test
    void anOutsiderSeesNothingNotEvenGroupsThatAreNotConfidential() {
        var outsider = Visibility.outsider(7);
        assertThat(outsider.seesGroup(BOARD)).isFalse();
        assertThat(outsider.seesGroup(null)).isFalse();
        assertThat(outsider.reads(BOARD, false)).isFalse();
        assertThat(outsider.readsCaseReviews()).isFalse();
        assertThat(outsider.groupsWithConfidentialAccess(Set.of(BOARD, TASK_GROUP))).isEmpty();
    }

    @Test
    void onlyRecordsEveryoneMayReadTravelByEmail() {
        assertThat(Visibility.openToWholePartnership(false, false)).isTrue();
        assertThat(Visibility.openToWholePartnership(false, true)).isFalse();
        assertThat(Visibility.openToWholePartnership(true, false)).isFalse();
    }

    @Test
    void readingAnythingConfidentialIsWhatMakesTwoFactorSignInRequired() {
        assertThat(member().readsAnythingConfidential()).isFalse();
        assertThat(member(TASK_GROUP).readsAnythingConfidential()).isTrue();
        assertThat(new Visibility(7, true, false, true, CONFIDENTIAL, Set.of(), null).readsAnythingConfidential()).isTrue();
    }
}

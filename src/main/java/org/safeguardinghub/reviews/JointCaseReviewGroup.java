package org.safeguardinghub.reviews;

import java.util.Optional;
import org.safeguardinghub.partnership.CaseReviewGroups;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the partnership's visibility rule which group is the joint case review group. */
@Component
@Transactional(readOnly = true)
class JointCaseReviewGroup implements CaseReviewGroups {

    private final CaseReviewSettingRepository settings;

    JointCaseReviewGroup(CaseReviewSettingRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Long> of(long partnershipId) {
        return settings.findById(partnershipId).map(CaseReviewSetting::getReviewGroupId);
    }
}

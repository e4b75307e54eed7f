package org.safeguardinghub.reviews;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReviewSettingRepository extends JpaRepository<CaseReviewSetting, Long> {
}

package org.safeguardinghub.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PracticeReviewReportRepository extends JpaRepository<PracticeReviewReport, Long> {

    Optional<PracticeReviewReport> findByIdAndPartnershipId(long id, long partnershipId);

    List<PracticeReviewReport> findByPracticeReviewIdOrderByNumberAsc(long practiceReviewId);

    @Query("select distinct r.practiceReviewId from PracticeReviewReport r where r.practiceReviewId in :ids and r.finalReport = true")
    List<Long> withFinalReport(@Param("ids") Collection<Long> practiceReviewIds);
}

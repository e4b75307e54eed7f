package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TermsOfReferenceRepository extends JpaRepository<TermsOfReference, Long> {

    @Query("""
            select new org.safeguardinghub.partnership.TermsOfReferenceVersion(t.id, t.versionNumber, t.agreedOn, t.fileName,
                t.contentType, t.sizeBytes, t.uploadedBy, t.uploadedAt)
            from TermsOfReference t where t.groupId = ?1 order by t.versionNumber desc""")
    List<TermsOfReferenceVersion> versionsOf(long groupId);

    Optional<TermsOfReference> findByIdAndGroupId(long id, long groupId);

    @Query("select coalesce(max(t.versionNumber), 0) from TermsOfReference t where t.groupId = ?1")
    int latestVersion(long groupId);
}

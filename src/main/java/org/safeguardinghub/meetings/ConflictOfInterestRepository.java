package org.safeguardinghub.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictOfInterestRepository extends JpaRepository<ConflictOfInterest, Long> {

    List<ConflictOfInterest> findByMeetingIdOrderById(long meetingId);
}

package org.safeguardinghub.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderById(long meetingId);

    Optional<Decision> findByApprovesMeetingId(long meetingId);
}

package org.safeguardinghub.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesAmendmentRepository extends JpaRepository<MinutesAmendment, Long> {

    List<MinutesAmendment> findByMeetingIdOrderByMadeAtAsc(long meetingId);
}

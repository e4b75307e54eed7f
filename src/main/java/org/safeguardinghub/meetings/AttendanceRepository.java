package org.safeguardinghub.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingId(long meetingId);

    List<Attendance> findByMeetingIdIn(Collection<Long> meetingIds);
}

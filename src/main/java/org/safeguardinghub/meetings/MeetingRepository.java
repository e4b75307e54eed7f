package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** The meeting a change is made to; one of another partnership does not exist for it. */
    default Meeting inPartnership(long partnershipId, long meetingId) {
        return findByIdAndPartnershipId(meetingId, partnershipId)
                .orElseThrow(() -> new Refused("Select a meeting from this partnership"));
    }

    Optional<Meeting> findByIdAndPartnershipId(long id, long partnershipId);

    List<Meeting> findByGroupIdOrderByHeldOnDescStartsAtDesc(long groupId);

    List<Meeting> findByGroupIdAndHeldOn(long groupId, LocalDate heldOn);

    Optional<Meeting> findFirstByGroupIdAndHeldOnAfterOrderByHeldOnAscStartsAtAsc(long groupId, LocalDate after);

    @Query("""
            select m from Meeting m where m.partnershipId = :partnership and m.groupId not in :hiddenGroups
            order by m.heldOn desc, m.startsAt desc, m.id desc""")
    Page<Meeting> findVisible(long partnership, Collection<Long> hiddenGroups, Pageable page);

    @Query("""
            select m from Meeting m where m.groupId = :group
            and (m.heldOn < :heldOn or (m.heldOn = :heldOn and m.startsAt < :startsAt)
                 or (m.heldOn = :heldOn and m.startsAt = :startsAt and m.id < :id))
            order by m.heldOn desc, m.startsAt desc, m.id desc limit 1""")
    Optional<Meeting> findPrevious(long group, LocalDate heldOn, java.time.LocalTime startsAt, long id);
}

package org.safeguardinghub.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    /**
     * The message, locked for delivery, if it still waits to be sent. A message another delivery
     * holds is skipped rather than waited for, so no message is sent twice.
     */
    @Query(value = "select * from outbox_message where id = :id and status = 'PENDING' for update skip locked",
            nativeQuery = true)
    Optional<OutboxMessage> lockForDelivery(@Param("id") long id);

    @Query("""
            select m.id from OutboxMessage m where m.status = org.safeguardinghub.notifications.DeliveryStatus.PENDING
            and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id limit 200""")
    List<Long> dueForDelivery(@Param("now") Instant now);
}

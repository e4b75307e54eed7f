package org.safeguardinghub.notifications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}

package org.safeguardinghub.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, Long> {

    List<OutboxAttachment> findByMessageIdOrderByPosition(long messageId);
}

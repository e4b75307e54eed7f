package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.StaleEdit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Writes a change before the use case returns, so that two saves of the same record at the same
 * moment are refused as a stale edit, like a save from a form opened before someone else's.
 */
final class Collisions {

    private Collisions() {
    }

    /** {@code record} names what was changed, as a person would: "meeting", "item". */
    static void flush(JpaRepository<?, ?> repository, String record) {
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException collision) {
            throw StaleEdit.of(collision, record);
        }
    }
}

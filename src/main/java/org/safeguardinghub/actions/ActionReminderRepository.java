package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionReminderRepository extends JpaRepository<ActionReminder, Long> {

    List<ActionReminder> findByActionIdIn(Collection<Long> actionIds);

    /** Records a reminder; 0 if one of its kind was already sent for the action that day (by another run). */
    @Modifying
    @Query(value = """
            insert into action_reminder (action_id, kind, due_on, sent_on) values (:action, :kind, :due, :today)
            on conflict (action_id, kind, sent_on) do nothing""", nativeQuery = true)
    int record(@Param("action") long actionId, @Param("kind") String kind, @Param("due") LocalDate dueOn,
            @Param("today") LocalDate today);

    /** Records a person's weekly digest; 0 if they already had this week's. */
    @Modifying
    @Query(value = """
            insert into action_digest (recipient, week_of, actions, sent_at) values (:recipient, :week, :actions, now())
            on conflict (recipient, week_of) do nothing""", nativeQuery = true)
    int recordDigest(@Param("recipient") String recipient, @Param("week") LocalDate weekOf, @Param("actions") int actions);
}

package org.safeguardinghub.rules;

import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A save refused because someone else changed the record after the form was opened, so that
 * nothing is silently overwritten. Entities call {@link #check} with the version the form was
 * opened at; a collision the database finds on flush (two saves at the same moment) is turned
 * into the same refusal by {@link #of}.
 */
@NamedInterface("api")
public class StaleEdit extends Refused {

    /** {@code record} names what was changed, as a person would: "meeting", "risk", "group". */
    public StaleEdit(String record) {
        super(null, "Someone else changed this " + record + " while you were editing it. "
                + "Your changes have not been saved: check it below and try again");
    }

    public static void check(long currentVersion, long expectedVersion, String record) {
        if (currentVersion != expectedVersion) {
            throw new StaleEdit(record);
        }
    }

    /** The refusal for a collision the database found when two saves met. */
    public static StaleEdit of(ObjectOptimisticLockingFailureException collision, String record) {
        var stale = new StaleEdit(record);
        stale.initCause(collision);
        return stale;
    }
}

package org.safeguardinghub.access;

import java.util.Map;
import java.util.OptionalLong;
import org.springframework.modulith.NamedInterface;

/**
 * A rule of who may use a route that only the module keeping the records can decide (whoever must
 * answer for this action, who owns this activity, who may read case reviews). Each module offers
 * its own as a Spring bean; the web security asks the one named by the route's rule, and only for a
 * signed-in user who belongs to the partnership named in the address. Deny unless it allows.
 */
@NamedInterface("api")
public interface ModuleAccessRule {

    /** The name of the route rule this decides, as the list of routes names it ({@code ACTION_RESPONDER}). */
    String rule();

    /**
     * Whether the user may use the route in this partnership; {@code pathVariables} are the address's
     * variables, empty when the question is asked about the partnership as a whole.
     */
    boolean allows(CurrentUser user, long partnershipId, Map<String, String> pathVariables);

    /** A rule made of its name and its decision, for a module that states its rules as beans. */
    static ModuleAccessRule of(String rule, Decision decision) {
        return new ModuleAccessRule() {
            @Override
            public String rule() {
                return rule;
            }

            @Override
            public boolean allows(CurrentUser user, long partnershipId, Map<String, String> pathVariables) {
                return decision.allows(user, partnershipId, pathVariables);
            }
        };
    }

    /** The record id in the named address variable; empty when it is missing or not a whole number. */
    static OptionalLong idIn(Map<String, String> pathVariables, String name) {
        var value = pathVariables.get(name);
        return value != null && value.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(value)) : OptionalLong.empty();
    }

    @FunctionalInterface
    interface Decision {
        boolean allows(CurrentUser user, long partnershipId, Map<String, String> pathVariables);
    }
}

package org.safeguardinghub.infrastructure;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.ModuleAccessRule;
import org.safeguardinghub.infrastructure.AccessRules.Rule;
import org.springframework.stereotype.Component;

/**
 * The route rules that only a business module can decide, each answered by the module that keeps
 * the records. The Hub does not start unless every such rule has exactly one module answering it.
 */
@Component
class ModuleAccessRules {

    static final Set<Rule> DECIDED_BY_MODULES = EnumSet.of(Rule.ACTION_RESPONDER, Rule.ACTIVITY_OWNER,
            Rule.CASE_REVIEW_READER, Rule.CASE_REFERRER, Rule.INFORMATION_PROVIDER);

    private final Map<Rule, ModuleAccessRule> byRule = new EnumMap<>(Rule.class);

    ModuleAccessRules(List<ModuleAccessRule> rules) {
        for (var rule : rules) {
            var name = Rule.valueOf(rule.rule());
            if (!DECIDED_BY_MODULES.contains(name) || byRule.put(name, rule) != null) {
                throw new IllegalStateException("The access rule " + name + " must be decided by exactly one module");
            }
        }
        var missing = EnumSet.copyOf(DECIDED_BY_MODULES);
        missing.removeAll(byRule.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No module decides the access rules " + missing);
        }
    }

    /** Asked only for a user who belongs to the partnership. */
    boolean allows(Rule rule, CurrentUser user, long partnershipId, Map<String, String> pathVariables) {
        var decision = byRule.get(rule);
        return decision != null && decision.allows(user, partnershipId, pathVariables);
    }
}

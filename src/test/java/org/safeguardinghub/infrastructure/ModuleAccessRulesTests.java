package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.ModuleAccessRule;
import org.safeguardinghub.infrastructure.AccessRules.Rule;

class ModuleAccessRulesTests {

    private static final CurrentUser USER = new CurrentUser(1, "someone", "Someone", false, null, List.of());

    private static List<ModuleAccessRule> allowingEveryone() {
        var rules = new ArrayList<ModuleAccessRule>();
        ModuleAccessRules.DECIDED_BY_MODULES.forEach(rule -> rules.add(ModuleAccessRule.of(rule.name(), (u, p, v) -> true)));
        return rules;
    }

    @Test
    void eachRuleIsAnsweredByTheModuleThatDecidesIt() {
        var rules = new ArrayList<ModuleAccessRule>();
        ModuleAccessRules.DECIDED_BY_MODULES.forEach(rule -> rules.add(
                ModuleAccessRule.of(rule.name(), (u, p, v) -> rule == Rule.ACTION_RESPONDER && "7".equals(v.get("action")))));
        var decided = new ModuleAccessRules(rules);

        assertThat(decided.allows(Rule.ACTION_RESPONDER, USER, 1, Map.of("action", "7"))).isTrue();
        assertThat(decided.allows(Rule.ACTION_RESPONDER, USER, 1, Map.of("action", "8"))).isFalse();
        assertThat(decided.allows(Rule.ACTIVITY_OWNER, USER, 1, Map.of("action", "7"))).isFalse();
        assertThat(decided.allows(Rule.BUSINESS_UNIT, USER, 1, Map.of())).as("a role rule is never asked of a module").isFalse();
    }

    @Test
    void theHubDoesNotStartWhenARuleHasNoModuleOrTwo() {
        var missing = allowingEveryone();
        missing.removeIf(rule -> rule.rule().equals("ACTIVITY_OWNER"));
        assertThatThrownBy(() -> new ModuleAccessRules(missing)).hasMessageContaining("ACTIVITY_OWNER");

        var twice = allowingEveryone();
        twice.add(ModuleAccessRule.of("CASE_REFERRER", (u, p, v) -> true));
        assertThatThrownBy(() -> new ModuleAccessRules(twice)).hasMessageContaining("CASE_REFERRER");

        var roleRule = allowingEveryone();
        roleRule.add(ModuleAccessRule.of("BUSINESS_UNIT", (u, p, v) -> true));
        assertThatThrownBy(() -> new ModuleAccessRules(roleRule)).hasMessageContaining("BUSINESS_UNIT");
    }

    @Test
    void aRecordIdInTheAddressMustBeAWholeNumber() {
        assertThat(ModuleAccessRule.idIn(Map.of("action", "42"), "action")).hasValue(42);
        assertThat(ModuleAccessRule.idIn(Map.of("action", "42x"), "action")).isEmpty();
        assertThat(ModuleAccessRule.idIn(Map.of("action", "1234567890123456789"), "action")).isEmpty();
        assertThat(ModuleAccessRule.idIn(Map.of(), "action")).isEmpty();
    }
}

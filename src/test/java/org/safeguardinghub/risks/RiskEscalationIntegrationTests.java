package org.safeguardinghub.risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.rules.Refused;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register across groups, against PostgreSQL: a subgroup's risk escalated once, with a
 * reason, to the board's register; a confidential group's risks absent for those who cannot see
 * the group, in the register and so in the heat map built from it.
 */
@HubIntegrationTest
class RiskEscalationIntegrationTests {

    @Autowired
    RiskRegister register;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private long shropshire() {
        return partnerships.bySlug("shropshire").orElseThrow().getId();
    }

    private CurrentUser user(long partnershipId, Role role) {
        return new CurrentUser(-1, "someone", "Someone", false, null, List.of(new RoleAssignment(partnershipId, role, null)));
    }

    private RiskDetails details(String title, Rating current) {
        return new RiskDetails(title, null, null, null, null, null, new Rating(5, 5), current, current, null,
                Appetite.CAUTIOUS, LocalDate.now().plusMonths(1));
    }

    private Group subgroup(long p) {
        return structure.groups(p).stream()
                .filter(g -> g.getKind() == GroupKind.SUBGROUP && !g.isConfidential()).findFirst().orElseThrow();
    }

    @Test
    void aSubgroupsRiskIsEscalatedOnceWithAReasonAndThenSitsOnTheBoardsRegister() {
        var p = shropshire();
        var unit = user(p, Role.BUSINESS_UNIT);
        var board = register.board(p).orElseThrow();
        var risk = register.add(p, subgroup(p).getId(), details("Workforce turnover " + unique, new Rating(4, 4)), "test");

        assertThatThrownBy(() -> register.escalate(unit, p, risk.getId(), risk.getVersion(), " "))
                .isInstanceOf(Refused.class).hasMessage("Say why the risk needs the board's attention");
        assertThat(register.register(unit, p, board.getId())).noneMatch(r -> r.risk().getId().equals(risk.getId()));

        register.escalate(unit, p, risk.getId(), risk.getVersion(), "Agencies cannot recruit social workers");
        var onBoard = register.register(unit, p, board.getId()).stream()
                .filter(r -> r.risk().getId().equals(risk.getId())).findFirst().orElseThrow();
        assertThat(onBoard.escalatedToName()).isEqualTo(board.getName());
        assertThat(onBoard.risk().getEscalatedOn()).isEqualTo(register.today());

        var escalated = register.find(unit, p, risk.getId()).orElseThrow();
        assertThatThrownBy(() -> register.escalate(unit, p, risk.getId(), escalated.getVersion(), "Again"))
                .isInstanceOf(Refused.class).hasMessage("This risk has already been escalated to the board");
        var boardsOwn = register.add(p, board.getId(), details("Board's own " + unique, new Rating(2, 2)), "test");
        assertThatThrownBy(() -> register.escalate(unit, p, boardsOwn.getId(), boardsOwn.getVersion(), "Reason"))
                .isInstanceOf(Refused.class).hasMessage("This risk is already on the board's register");
    }

    @Test
    void aConfidentialGroupsRisksAreAbsentForThoseWhoCannotSeeTheGroupAndFromTheirHeatMap() {
        var p = shropshire();
        var confidential = structure.addGroup(p, register.board(p).orElseThrow().getId(), "Confidential risks group " + unique,
                GroupKind.TASK_AND_FINISH, "Sensitive", "Monthly", true, null);
        var risk = register.add(p, confidential.getId(), details("Sensitive risk " + unique, new Rating(5, 1)), "test");

        var readOnly = user(p, Role.READ_ONLY);
        assertThat(register.find(readOnly, p, risk.getId())).isEmpty();
        var theirs = register.register(readOnly, p, null);
        assertThat(theirs).noneMatch(r -> r.risk().getId().equals(risk.getId()));

        var unit = user(p, Role.BUSINESS_UNIT);
        var all = register.register(unit, p, null);
        assertThat(all).anyMatch(r -> r.risk().getId().equals(risk.getId()));
        assertThat(register.heatMap(all)[4][0]).isEqualTo(register.heatMap(theirs)[4][0] + 1);
    }
}

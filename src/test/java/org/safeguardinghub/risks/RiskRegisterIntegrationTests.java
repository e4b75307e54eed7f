package org.safeguardinghub.risks;

import org.safeguardinghub.rules.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.safeguardinghub.rules.StaleEdit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The register's rules against PostgreSQL: a target above the current rating needs a reason; rating history is never rewritten. */
@HubIntegrationTest
class RiskRegisterIntegrationTests {

    @Autowired
    RiskRegister register;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RiskDetails details(Rating current, Rating target, String reason) {
        return new RiskDetails("Risk", null, null, null, null, null, new Rating(5, 5), current, target, reason,
                Appetite.CAUTIOUS, LocalDate.now().plusMonths(1));
    }

    @Test
    void aTargetAboveTheCurrentRatingNeedsAReasonAndTheHistoryCannotBeRewritten() {
        var p = partnerships.bySlug("shropshire").orElseThrow().getId();
        var group = structure.groups(p).getFirst().getId();
        assertThatThrownBy(() -> register.add(p, group, details(new Rating(2, 2), new Rating(3, 3), null), "test"))
                .isInstanceOf(Refused.class)
                .hasMessage("The target rating (9) is higher than the current rating (4). Say why the partnership would accept more risk");
        var risk = register.add(p, group, details(new Rating(2, 2), new Rating(3, 3), "Accepting more risk while the service is rebuilt"), "test");
        var user = new CurrentUser(-1, "business.unit", "Unit", false, null, List.of(new RoleAssignment(p, Role.BUSINESS_UNIT, null)));
        register.change(user, p, risk.getId(), risk.getVersion(), details(new Rating(4, 4), new Rating(3, 3), null), "Worse");
        assertThat(register.history(risk.getId())).extracting(r -> r.getCurrent().score()).containsExactly(4, 16);
        assertThatThrownBy(() -> jdbc.update("update risk_rating set current_likelihood = 1 where risk_id = ?", risk.getId()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from risk_rating where risk_id = ?", risk.getId()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Risk' and record_id = ?",
                Long.class, String.valueOf(risk.getId()))).isEqualTo(2);
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedAsAStaleEditAndChangesNothing() {
        var p = partnerships.bySlug("shropshire").orElseThrow().getId();
        var group = structure.groups(p).getFirst().getId();
        var risk = register.add(p, group, details(new Rating(2, 2), new Rating(1, 1), null), "test");
        var user = new CurrentUser(-1, "business.unit", "Unit", false, null, List.of(new RoleAssignment(p, Role.BUSINESS_UNIT, null)));
        register.change(user, p, risk.getId(), risk.getVersion(), details(new Rating(3, 3), new Rating(1, 1), null), "Worse");

        assertThatThrownBy(() -> register.change(user, p, risk.getId(), risk.getVersion(),
                details(new Rating(1, 1), new Rating(1, 1), null), "From the form opened first"))
                .isInstanceOf(StaleEdit.class).hasMessageStartingWith("Someone else changed this risk while you were editing it");
        assertThat(register.find(user, p, risk.getId()).orElseThrow().getCurrent()).isEqualTo(new Rating(3, 3));
        assertThat(register.history(risk.getId())).hasSize(2);
    }

    @Test
    void everyScalePointLeftWithoutAWordIsNamedAndNoWordIsSaved() throws Exception {
        var p = partnerships.bySlug("shropshire").orElseThrow().getId();
        var before = register.scales(p);
        var request = post("/p/shropshire/risks/scales").with(csrf())
                .with(user(users.loadUserByUsername("business.unit")));
        for (var i = 1; i <= 5; i++) {
            request.param("likelihood" + i, i == 2 ? " " : "Changed likelihood " + i)
                    .param("impact" + i, i == 5 ? "" : "Changed impact " + i);
        }
        var page = mvc.perform(request).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("There is a problem", "Enter a word for likelihood 2",
                "Enter a word for impact 5", "href=\"#likelihood2\"").doesNotContain("Enter a word for likelihood 1");
        assertThat(register.scales(p)).isEqualTo(before);
    }
}

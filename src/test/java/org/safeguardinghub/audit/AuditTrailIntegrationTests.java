package org.safeguardinghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.partnership.OrganisationType;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    Organisations organisations;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void everyChangeIsRecordedWithWhatItWasAndWhatItBecame() {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var name = "Audited charity " + UUID.randomUUID();
        var id = organisations.add(shropshire, name, OrganisationType.VOLUNTARY, null, LocalDate.of(2024, 1, 1))
                .organisation().getId();
        organisations.update(shropshire, id, 0, 0, name + " renamed", OrganisationType.VOLUNTARY, null,
                LocalDate.of(2024, 1, 1), null);

        var history = trail.historyOf("Organisation", id);
        assertThat(history).extracting(AuditEvent::action).containsExactly(AuditAction.CREATED, AuditAction.CHANGED);
        var change = history.get(1);
        assertThat(change.before()).containsEntry("name", name);
        assertThat(change.after()).containsEntry("name", name + " renamed");
        assertThat(change.changes()).extracting(AuditEvent.FieldChange::field).contains("name", "version");
        assertThat(trail.historyOf("PartnershipOrganisation",
                jdbc.queryForObject("select id from partnership_organisation where organisation_id = ?", Long.class, id)))
                .first().extracting(AuditEvent::partnershipId).isEqualTo(shropshire);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheTrail() {
        trail.recordSecurityEvent("tester", AuditAction.SIGNED_IN, "UserAccount", 0, "for the append-only test");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'tester'", Long.class)).isPositive();
    }

    @Test
    void passwordsAreNeverCopiedIntoTheTrail() {
        var username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, username + "@example.org", "Audited Person", "a long enough password",
                false, null);
        var created = trail.historyOf("UserAccount", account.getId()).getFirst();
        assertThat(created.after()).containsEntry("passwordHash", "[not recorded]");
        assertThat(created.after().toString()).doesNotContain("{bcrypt}");
    }

    @Test
    void openingAConfidentialGroupIsRecordedAndOnlyItsMembersAndOversightCanOpenIt() throws Exception {
        var jcr = jdbc.queryForObject("select id from partnership_group where name = 'Joint Case Review Subgroup'", Long.class);
        var before = trail.historyOf("Group", jcr).stream().filter(e -> e.action() == AuditAction.VIEWED).count();

        var member = mvc.perform(get("/p/shropshire/groups/" + jcr).with(user(users.loadUserByUsername("member"))))
                .andReturn().getResponse();
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentAsString()).contains("This group is confidential");
        assertThat(mvc.perform(get("/p/shropshire/groups/" + jcr).with(user(users.loadUserByUsername("chair"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/p/shropshire/groups/" + jcr).with(user(users.loadUserByUsername("read.only"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        var views = trail.historyOf("Group", jcr).stream().filter(e -> e.action() == AuditAction.VIEWED).toList();
        assertThat(views).hasSize((int) before + 2);
        assertThat(views).extracting(AuditEvent::actor).contains("member", "chair").doesNotContain("read.only");
    }

    @Test
    void administratorsCanSearchTheTrailByWhoAndWhat() throws Exception {
        trail.recordSecurityEvent("searchable-person", AuditAction.SIGN_IN_FAILED, "UserAccount", 42, "Wrong password");
        var page = trail.search(new AuditTrail.AuditQuery("searchable", null, null, AuditAction.SIGN_IN_FAILED, null, null), 1, 10);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.events().getFirst().summary()).isEqualTo("Wrong password");

        var html = mvc.perform(get("/admin/audit").param("actor", "searchable").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("searchable-person", "1 line found");
    }
}

package org.safeguardinghub.actions;

import org.safeguardinghub.rules.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.partnership.OrganisationType;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class ActionTrackerIntegrationTests {

    @Autowired
    ActionTracker tracker;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    long shropshire;
    long staffordshire;
    String unique;

    @BeforeEach
    void demo() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        staffordshire = partnerships.bySlug("staffordshire").orElseThrow().getId();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private CurrentUser as(String username) {
        var id = accounts.byUsername(username).orElseThrow().getId();
        HubPrincipal principal = () -> id;
        return accounts.currentUser(principal).orElseThrow();
    }

    private long organisation(String name) {
        return organisations.in(shropshire).stream().filter(o -> o.organisation().getName().equals(name)).findFirst()
                .orElseThrow().organisation().getId();
    }

    private long group(String name) {
        return jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?", Long.class,
                shropshire, name);
    }

    private Action raise(String description, Set<Long> people, Set<Long> orgs, boolean all, LocalDate due, Long group) {
        return tracker.raise(new RaiseAction(shropshire, group, description + " " + unique, people, orgs, all, due,
                ActionSource.raisedDirectly(), "test"));
    }

    @Test
    void ownersAndGroupsMustBelongToThePartnership() {
        var staffordshireOnly = jdbc.queryForObject("""
                select organisation_id from partnership_organisation where partnership_id = ?
                and organisation_id not in (select organisation_id from partnership_organisation where partnership_id = ?)
                limit 1""", Long.class, staffordshire, shropshire);
        assertThatThrownBy(() -> raise("Foreign owner", Set.of(), Set.of(staffordshireOnly), false, null, null))
                .isInstanceOf(Refused.class);
        var staffordshireGroup = jdbc.queryForObject("select min(id) from partnership_group where partnership_id = ?",
                Long.class, staffordshire);
        assertThatThrownBy(() -> raise("Foreign group", Set.of(), Set.of(), true, null, staffordshireGroup))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> raise("Nobody", Set.of(), Set.of(), false, null, null))
                .hasMessage("Select who owns the action");
        assertThat(jdbc.queryForObject("select count(*) from action where description like ?", Long.class, "%" + unique))
                .isZero();
    }

    @Test
    void theTrackerFiltersByOrganisationIncludingAllPartnersActionsAndByOverdue() {
        var police = organisation("West Mercia Police");
        var fire = organisation("Shropshire Fire and Rescue Service");
        var forPolice = raise("Police action", Set.of(), Set.of(police), false, LocalDate.now().minusDays(3), null);
        var forEveryone = raise("Everyone's action", Set.of(), Set.of(), true, LocalDate.now().plusDays(3), null);
        var forFire = raise("Fire action", Set.of(), Set.of(fire), false, null, null);
        var admin = as("business.unit");

        var policeView = tracker.search(admin, shropshire, new ActionFilter(null, police, null, null, false, false), 1, 500)
                .getContent().stream().map(t -> t.action().getId()).toList();
        assertThat(policeView).contains(forPolice.getId(), forEveryone.getId()).doesNotContain(forFire.getId());

        var overdue = tracker.search(admin, shropshire, new ActionFilter(null, null, null, null, false, true), 1, 500)
                .getContent().stream().map(t -> t.action().getId()).toList();
        assertThat(overdue).contains(forPolice.getId()).doesNotContain(forEveryone.getId(), forFire.getId());
    }

    @Test
    void actionsOfAConfidentialGroupAreHiddenFromThoseWhoCannotSeeTheGroup() {
        var jcr = group("Joint Case Review Subgroup");
        var secret = raise("Confidential action", Set.of(), Set.of(), true, null, jcr);
        assertThat(tracker.find(as("member"), shropshire, secret.getId())).isPresent();
        assertThat(tracker.find(as("read.only"), shropshire, secret.getId())).isEmpty();
        assertThat(tracker.search(as("read.only"), shropshire, ActionFilter.everything(), 1, 500).getContent())
                .noneMatch(t -> t.action().getId().equals(secret.getId()));
    }

    @Test
    void ownersAgencyRepresentativesOfOwningOrganisationsAndTheBusinessUnitMayRespond() {
        var police = organisation("West Mercia Police");
        var forPolice = raise("Police action", Set.of(), Set.of(police), false, null, null);
        var forPerson = raise("Personal action", Set.of(people.allIn(shropshire).stream()
                .filter(p -> p.getFullName().equals("Owen Davies")).findFirst().orElseThrow().getId()), Set.of(), false, null, null);

        assertThat(tracker.mayRespond(as("agency.rep"), shropshire, forPolice.getId())).isTrue();
        assertThat(tracker.mayRespond(as("agency.rep"), shropshire, forPerson.getId())).isFalse();
        assertThat(tracker.mayRespond(as("read.only"), shropshire, forPerson.getId())).as("Owen Davies owns it").isTrue();
        assertThat(tracker.mayRespond(as("read.only"), shropshire, forPolice.getId())).isFalse();
        assertThat(tracker.mayRespond(as("business.unit"), shropshire, forPolice.getId())).isTrue();

        tracker.addUpdate(as("agency.rep"), shropshire, forPolice.getId(), 0, "Chair nominated", ActionStatus.DONE_BY_OWNER);
        assertThatThrownBy(() -> tracker.addUpdate(as("read.only"), shropshire, forPolice.getId(), 1, "Meddling",
                ActionStatus.OPEN)).isInstanceOf(Refused.class);
        assertThat(tracker.updatesOf(forPolice.getId())).extracting(ActionUpdate::getWrittenBy).containsExactly("agency.rep");
    }

    @Test
    void exportsCarryTheFilteredActionsAndDefuseSpreadsheetFormulas() throws Exception {
        var police = organisation("West Mercia Police");
        raise("=HYPERLINK(\"http://example.org\") exported", Set.of(), Set.of(police), false, LocalDate.of(2027, 2, 1), null);

        var csv = mvc.perform(get("/p/shropshire/actions/export.csv").param("organisation", String.valueOf(police))
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "shropshire-actions.csv");
        var text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("Number,Action,Owners,Group,Source,Raised,Due,Status")
                .contains("\"'=HYPERLINK(\"\"http://example.org\"\") exported " + unique + "\"")
                .contains("West Mercia Police", "1 Feb 2027")
                .doesNotContain("Refresh the multi-agency training calendar");

        var xlsx = mvc.perform(get("/p/shropshire/actions/export.xlsx").param("organisation", String.valueOf(police))
                .with(user(users.loadUserByUsername("read.only")))).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Actions");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Action");
            var found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().endsWith("exported " + unique)) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("West Mercia Police");
                }
            }
            assertThat(found).isTrue();
        }
    }
}

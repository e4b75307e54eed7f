package org.safeguardinghub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An organisation or person that Shropshire added and Staffordshire linked: Staffordshire's
 * business unit cannot change what Shropshire relies on, linking needs more than a name or an email
 * address, and no refusal tells one partnership what another holds.
 */
@HubIntegrationTest
class SharedRecordsIntegrationTests {

    private static final String KEPT_BY_SHROPSHIRE = "Kept by Shropshire Safeguarding Community Partnership. Ask them to change it.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    PartnershipStructure structure;

    long shropshire;
    long staffordshire;
    String unique;
    long police;
    long board;
    String policeName;

    @BeforeEach
    void aPoliceForceThatShropshireAddedAndStaffordshireLinked() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        staffordshire = partnerships.bySlug("staffordshire").orElseThrow().getId();
        policeName = "Test Constabulary " + unique;
        police = organisations.add(shropshire, policeName, OrganisationType.POLICE, "https://www.constabulary-" + unique + ".example",
                LocalDate.of(2020, 1, 1)).organisation().getId();
        var linked = organisations.add(staffordshire, "  test   constabulary " + unique.toUpperCase(), OrganisationType.OTHER,
                "https://constabulary-" + unique + ".example/contact", LocalDate.of(2021, 1, 1));
        assertThat(linked.alreadyKnown()).isTrue();
        assertThat(linked.organisation().getId()).isEqualTo(police);

        // A Shropshire board whose only police member comes from the shared force: its type decides the gap.
        board = structure.addGroup(shropshire, null, "Test Board " + unique, GroupKind.BOARD, null, null, false, null).getId();
        seat(shropshire, organisation("Test Council " + unique, OrganisationType.LOCAL_AUTHORITY), "Council");
        seat(shropshire, police, "Police");
        seat(shropshire, organisation("Test ICB " + unique, OrganisationType.INTEGRATED_CARE_BOARD), "Nurse");
        assertThat(gapsOfTheBoard()).isEmpty();
    }

    private long organisation(String name, OrganisationType type) {
        return organisations.add(shropshire, name, type, null, LocalDate.of(2020, 1, 1)).organisation().getId();
    }

    private void seat(long partnership, long organisation, String who) {
        var person = people.add(partnership, who, unique, who.toLowerCase() + "." + unique + "@example.org", null);
        structure.addMembership(partnership, board, person.getId(), organisation,
                who.equals("Council") ? MembershipRole.CHAIR : MembershipRole.MEMBER, null,
                LocalDate.of(2024, 1, 1), null);
    }

    private List<StructureGap> gapsOfTheBoard() {
        return structure.gaps(shropshire).stream().filter(g -> g.groupId() != null && g.groupId() == board).toList();
    }

    private Map<String, Object> policeRow() {
        return jdbc.queryForMap("select name, type, website, version, owner_partnership_id from organisation where id = ?", police);
    }

    private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder organisationEdit(String slug, long partnershipId, String name, String type,
            String website, String leftYear) {
        var row = policeRow();
        var link = jdbc.queryForMap("select version, joined_on from partnership_organisation where partnership_id = ? and organisation_id = ?",
                partnershipId, police);
        var joined = ((java.sql.Date) link.get("joined_on")).toLocalDate();
        return post("/p/" + slug + "/organisations/" + police + "/edit")
                .param("name", name).param("type", type).param("website", website)
                .param("joinedOn.day", String.valueOf(joined.getDayOfMonth()))
                .param("joinedOn.month", String.valueOf(joined.getMonthValue()))
                .param("joinedOn.year", String.valueOf(joined.getYear()))
                .param("leftOn.day", leftYear == null ? "" : "31").param("leftOn.month", leftYear == null ? "" : "3")
                .param("leftOn.year", leftYear == null ? "" : leftYear)
                .param("version", String.valueOf(row.get("version")))
                .param("participationVersion", String.valueOf(link.get("version")));
    }

    @Test
    void theOrganisationIsKeptByThePartnershipThatAddedIt() {
        assertThat(policeRow().get("owner_partnership_id")).isEqualTo(shropshire);
        assertThat(organisations.find(staffordshire, police).orElseThrow().organisation().isKeptBy(staffordshire)).isFalse();
    }

    @Test
    void staffordshireCannotRenameRetypeOrRelocateAnOrganisationShropshireKeeps() {
        var before = policeRow();
        var opened = organisations.find(staffordshire, police).orElseThrow();
        int version = opened.organisation().getVersion();
        int linkVersion = opened.participation().getVersion();
        var joined = opened.participation().getJoinedOn();

        assertThatThrownBy(() -> organisations.update(staffordshire, police, version, linkVersion, "Taken over " + unique,
                OrganisationType.POLICE, (String) before.get("website"), joined, null)).isInstanceOf(KeptByAnotherPartnership.class);
        assertThatThrownBy(() -> organisations.update(staffordshire, police, version, linkVersion, policeName,
                OrganisationType.VOLUNTARY, (String) before.get("website"), joined, null)).isInstanceOf(KeptByAnotherPartnership.class);
        assertThatThrownBy(() -> organisations.update(staffordshire, police, version, linkVersion, policeName,
                OrganisationType.POLICE, "https://attacker.example", joined, null)).isInstanceOf(KeptByAnotherPartnership.class);

        assertThat(policeRow()).isEqualTo(before);
        assertThat(gapsOfTheBoard()).isEmpty();

        // What is Staffordshire's own (when the force left Staffordshire) it still changes.
        organisations.update(staffordshire, police, version, linkVersion, policeName, OrganisationType.POLICE,
                (String) before.get("website"), joined, LocalDate.of(2025, 3, 31));
        assertThat(organisations.find(staffordshire, police).orElseThrow().participation().getLeftOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(organisations.find(shropshire, police).orElseThrow().participation().getLeftOn()).isNull();
    }

    @Test
    void onlyTheKeeperIsToldHowManyOtherPartnershipsTheOrganisationServes() throws Exception {
        var keeper = as("business.unit", get("/p/shropshire/organisations/" + police)).getContentAsString();
        assertThat(keeper).contains("Also serves 1 other partnership in the Hub.")
                .contains("href=\"https://www.constabulary-" + unique + ".example\"");
        var other = as("staffs.unit", get("/p/staffordshire/organisations/" + police)).getContentAsString();
        assertThat(other).doesNotContain("Also serves").contains(KEPT_BY_SHROPSHIRE)
                .contains(">https://www.constabulary-" + unique + ".example</a>");
    }

    @Test
    void theEditPageShowsStaffordshireTheSharedFactsReadOnlyAndRefusesAChangeToThem() throws Exception {
        var page = as("staffs.unit", get("/p/staffordshire/organisations/" + police + "/edit"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(KEPT_BY_SHROPSHIRE).doesNotContain("id=\"name\"", "id=\"type\"");

        var before = policeRow();
        var refused = as("staffs.unit", organisationEdit("staffordshire", staffordshire, "Taken over " + unique, "VOLUNTARY",
                "https://attacker.example", null));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem", KEPT_BY_SHROPSHIRE);
        assertThat(policeRow()).isEqualTo(before);
        assertThat(gapsOfTheBoard()).isEmpty();

        var ownDates = as("staffs.unit", organisationEdit("staffordshire", staffordshire, policeName, "POLICE",
                (String) before.get("website"), "2025"));
        assertThat(ownDates.getStatus()).isEqualTo(302);
        assertThat(policeRow()).isEqualTo(before);
    }

    @Test
    void shropshireStillChangesWhatItKeepsForEveryPartnership() throws Exception {
        var shropshirePage = as("business.unit", get("/p/shropshire/organisations/" + police + "/edit"));
        assertThat(shropshirePage.getContentAsString()).contains("id=\"name\"").doesNotContain(KEPT_BY_SHROPSHIRE);

        var saved = as("business.unit", organisationEdit("shropshire", shropshire, policeName + " Force", "VOLUNTARY",
                "https://www.constabulary-" + unique + ".example", null));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(organisations.find(staffordshire, police).orElseThrow().organisation().getName()).isEqualTo(policeName + " Force");
        assertThat(gapsOfTheBoard()).as("the type the keeper set decides the gaps").hasSize(1);
    }

    @Test
    void anOrganisationIsNotLinkedByItsNameAlone() throws Exception {
        var other = partnerships.create("linker-" + unique, "Linker " + unique, null).getId();
        for (var website : new String[] {null, "https://www.somewhere-else.example", "not a website"}) {
            assertThatThrownBy(() -> organisations.add(other, policeName, OrganisationType.POLICE, website, LocalDate.of(2024, 1, 1)))
                    .isInstanceOf(DuplicateRecord.class).hasMessage(Organisations.CANNOT_ADD_ORGANISATION);
        }
        assertThat(organisations.find(other, police)).isEmpty();

        jdbc.update("delete from partnership_organisation where partnership_id = ? and organisation_id = ?", staffordshire, police);
        var response = as("staffs.unit", post("/p/staffordshire/organisations/new").param("name", policeName).param("type", "POLICE")
                .param("joinedOn.day", "1").param("joinedOn.month", "1").param("joinedOn.year", "2024"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains(Organisations.CANNOT_ADD_ORGANISATION);
        assertThat(organisations.find(staffordshire, police)).isEmpty();
    }

    @Test
    void staffordshireCannotChangeTheNameOrEmailOfSomeoneShropshireKeeps() throws Exception {
        var email = "shared." + unique + "@example.org";
        var person = people.add(shropshire, "Sam", "Shared" + unique, email, "Detective Inspector");
        var linked = people.add(staffordshire, "  sam ", "SHARED" + unique + " ", email.toUpperCase(), "ignored");
        assertThat(linked.getId()).isEqualTo(person.getId());
        var before = jdbc.queryForMap("select * from person where id = ?", person.getId());

        assertThatThrownBy(() -> people.update(staffordshire, person.getId(), person.getVersion(), "Sam", "Shared" + unique,
                "attacker." + unique + "@example.org", "Detective Inspector")).isInstanceOf(KeptByAnotherPartnership.class);
        assertThatThrownBy(() -> people.update(staffordshire, person.getId(), person.getVersion(), "Samuel", "Shared" + unique,
                email, "Detective Inspector")).isInstanceOf(KeptByAnotherPartnership.class);

        var page = as("staffs.unit", get("/p/staffordshire/people/" + person.getId() + "/edit"));
        assertThat(page.getContentAsString()).contains(KEPT_BY_SHROPSHIRE).doesNotContain("id=\"email\"");
        var refused = as("staffs.unit", post("/p/staffordshire/people/" + person.getId() + "/edit")
                .param("givenName", "Sam").param("familyName", "Shared" + unique).param("email", "attacker." + unique + "@example.org")
                .param("jobTitle", "Detective Inspector").param("version", String.valueOf(person.getVersion())));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem", KEPT_BY_SHROPSHIRE);
        assertThat(jdbc.queryForMap("select * from person where id = ?", person.getId())).isEqualTo(before);

        var saved = as("business.unit", post("/p/shropshire/people/" + person.getId() + "/edit")
                .param("givenName", "Sam").param("familyName", "Shared" + unique).param("email", "sam.new." + unique + "@example.org")
                .param("jobTitle", "Detective Inspector").param("version", String.valueOf(person.getVersion())));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(people.find(staffordshire, person.getId()).orElseThrow().getEmail()).isEqualTo("sam.new." + unique + "@example.org");
    }

    @Test
    void aWrongNameWithAnotherPartnershipsEmailGetsTheSameNeutralAnswerAndCreatesNothing() throws Exception {
        var shropshireEmail = "kept." + unique + "@example.org";
        people.add(shropshire, "Kerry", "Kept" + unique, shropshireEmail, null);
        var ownEmail = "own." + unique + "@example.org";
        people.add(staffordshire, "Olive", "Own" + unique, ownEmail, null);
        var peopleBefore = jdbc.queryForObject("select count(*) from person", Long.class);
        var linksBefore = jdbc.queryForObject("select count(*) from partnership_person", Long.class);

        var elsewhere = as("staffs.unit", post("/p/staffordshire/people/new")
                .param("givenName", "Wrong").param("familyName", "Name").param("email", shropshireEmail));
        var ownWithAnotherName = as("staffs.unit", post("/p/staffordshire/people/new")
                .param("givenName", "Wrong").param("familyName", "Name").param("email", ownEmail));

        assertThat(elsewhere.getStatus()).isEqualTo(200).isEqualTo(ownWithAnotherName.getStatus());
        assertThat(elsewhere.getContentAsString()).contains(People.CANNOT_ADD_PERSON).doesNotContain("Kerry", "Kept" + unique,
                "Shropshire");
        assertThat(ownWithAnotherName.getContentAsString()).contains(People.CANNOT_ADD_PERSON);
        assertThat(comparable(elsewhere, shropshireEmail)).as("the whole page, but for the address typed")
                .isEqualTo(comparable(ownWithAnotherName, ownEmail));
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(peopleBefore);
        assertThat(jdbc.queryForObject("select count(*) from partnership_person", Long.class)).isEqualTo(linksBefore);
    }

    private static String comparable(MockHttpServletResponse response, String typed) throws Exception {
        return response.getContentAsString().replace(typed, "ADDRESS").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void aSystemAdministratorChangesTheSharedFactsWhoeverKeepsThem() throws Exception {
        var version = (Integer) policeRow().get("version");
        var list = as("admin", get("/admin/shared-records"));
        assertThat(list.getContentAsString()).contains(policeName);
        var saved = as("admin", post("/admin/organisations/" + police).param("name", policeName + " (merged)")
                .param("type", "POLICE").param("website", "https://www.merged-" + unique + ".example")
                .param("version", String.valueOf(version)));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(policeRow().get("name")).isEqualTo(policeName + " (merged)");

        var email = "corrected." + unique + "@example.org";
        var person = people.add(staffordshire, "Cora", "Corrected" + unique, email, null);
        var found = as("admin", get("/admin/shared-records").param("email", email));
        assertThat(found.getContentAsString()).contains("/admin/people/" + person.getId());
        var personSaved = as("admin", post("/admin/people/" + person.getId()).param("givenName", "Cora")
                .param("familyName", "Corrected" + unique).param("email", "cora." + unique + "@example.org")
                .param("version", String.valueOf(person.getVersion())));
        assertThat(personSaved.getStatus()).isEqualTo(302);
        assertThat(people.find(staffordshire, person.getId()).orElseThrow().getEmail()).isEqualTo("cora." + unique + "@example.org");

        assertThat(as("staffs.unit", post("/admin/organisations/" + police).param("name", "Taken over")
                .param("type", "POLICE").param("version", String.valueOf(version + 1))).getStatus()).isEqualTo(403);
        assertThatThrownBy(() -> organisations.correct(SharedRecordEditor.businessUnitOf(staffordshire), police, version + 1,
                "Taken over", OrganisationType.POLICE, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(policeRow().get("name")).isEqualTo(policeName + " (merged)");
    }
}

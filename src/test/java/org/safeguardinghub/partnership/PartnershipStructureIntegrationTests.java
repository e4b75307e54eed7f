package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The structure's rules against the real database. */
@HubIntegrationTest
class PartnershipStructureIntegrationTests {

    @Autowired
    Partnerships partnerships;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    JdbcTemplate jdbc;

    long partnership;
    String unique;

    @BeforeEach
    void aFreshPartnership() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        partnership = partnerships.create("test-" + unique, "Test partnership " + unique, "Nowhere").getId();
    }

    private long organisation(String name, OrganisationType type) {
        return organisations.add(partnership, name + " " + unique, type, null, LocalDate.of(2020, 1, 1)).organisation().getId();
    }

    private long person(String name) {
        return people.add(partnership, name, unique, name.toLowerCase() + "." + unique + "@example.org", null).getId();
    }

    @Test
    void aBoardWithoutAllThreeSafeguardingPartnersIsAGapUntilTheyJoin() {
        var board = structure.addGroup(partnership, null, "Board", GroupKind.BOARD, null, null, false, null);
        var council = organisation("Council", OrganisationType.LOCAL_AUTHORITY);
        var police = organisation("Police", OrganisationType.POLICE);
        var icb = organisation("ICB", OrganisationType.INTEGRATED_CARE_BOARD);
        structure.addMembership(partnership, board.getId(), person("Chair"), council, MembershipRole.CHAIR, null,
                LocalDate.of(2024, 1, 1), null);
        structure.addMembership(partnership, board.getId(), person("Officer"), police, MembershipRole.MEMBER, null,
                LocalDate.of(2024, 1, 1), null);

        assertThat(structure.gaps(partnership)).extracting(StructureGap::message)
                .containsExactly("Board has no member from the integrated care board");

        structure.addMembership(partnership, board.getId(), person("Nurse"), icb, MembershipRole.MEMBER, null,
                LocalDate.of(2024, 1, 1), null);
        assertThat(structure.gaps(partnership)).isEmpty();
    }

    @Test
    void aGroupWithNoCurrentChairAndAMemberWhoseOrganisationLeftAreGaps() {
        var board = structure.addGroup(partnership, null, "Forum", GroupKind.REFERENCE, null, null, false, null);
        var charity = organisation("Charity", OrganisationType.VOLUNTARY);
        var member = person("Member");
        structure.addMembership(partnership, board.getId(), member, charity, MembershipRole.MEMBER, null,
                LocalDate.of(2024, 1, 1), null);
        structure.addMembership(partnership, board.getId(), person("Past"), charity, MembershipRole.CHAIR, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        var current = organisations.find(partnership, charity).orElseThrow();
        organisations.update(partnership, charity, current.organisation().getVersion(),
                current.participation().getVersion(), current.organisation().getName(),
                OrganisationType.VOLUNTARY, null, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));

        assertThat(structure.gaps(partnership)).extracting(StructureGap::kind)
                .containsExactlyInAnyOrder(StructureGap.Kind.NO_CHAIR, StructureGap.Kind.ORGANISATION_HAS_LEFT);
    }

    @Test
    void theTreeNestsGroupsUnderTheGroupTheyReportTo() {
        var board = structure.addGroup(partnership, null, "Board", GroupKind.BOARD, null, null, false, null);
        var executive = structure.addGroup(partnership, board.getId(), "Executive", GroupKind.EXECUTIVE, null, null, false, null);
        structure.addGroup(partnership, executive.getId(), "Audit", GroupKind.SUBGROUP, null, null, false, null);

        var tree = structure.tree(partnership);
        assertThat(tree).hasSize(1);
        assertThat(tree.getFirst().children().getFirst().group().getName()).isEqualTo("Executive");
        assertThat(tree.getFirst().children().getFirst().children().getFirst().group().getName()).isEqualTo("Audit");
    }

    @Test
    void aGroupCannotReportToAGroupBelowIt() {
        var board = structure.addGroup(partnership, null, "Board", GroupKind.BOARD, null, null, false, null);
        var executive = structure.addGroup(partnership, board.getId(), "Executive", GroupKind.EXECUTIVE, null, null, false, null);
        assertThatThrownBy(() -> structure.updateGroup(partnership, board.getId(), board.getVersion(), executive.getId(),
                "Board", GroupKind.BOARD, null, null, false, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingSeatsOfTheSamePersonInTheSameRoleAreRefused() {
        var group = structure.addGroup(partnership, null, "Board", GroupKind.BOARD, null, null, false, null);
        var member = person("Member");
        structure.addMembership(partnership, group.getId(), member, null, MembershipRole.MEMBER, null,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertThatThrownBy(() -> structure.addMembership(partnership, group.getId(), member, null, MembershipRole.MEMBER,
                null, LocalDate.of(2024, 6, 1), null)).isInstanceOf(DuplicateRecord.class);
        // A later, separate period and a different role are both fine.
        structure.addMembership(partnership, group.getId(), member, null, MembershipRole.MEMBER, null,
                LocalDate.of(2025, 1, 1), null);
        structure.addMembership(partnership, group.getId(), member, null, MembershipRole.CHAIR, null,
                LocalDate.of(2024, 6, 1), null);
        assertThat(structure.membersOf(partnership, group.getId())).hasSize(3);
    }

    @Test
    void theDatabaseItselfRefusesOverlappingSeats() {
        var group = structure.addGroup(partnership, null, "Board", GroupKind.BOARD, null, null, false, null);
        var member = person("Member");
        structure.addMembership(partnership, group.getId(), member, null, MembershipRole.MEMBER, null,
                LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> jdbc.update("""
                insert into membership (partnership_id, group_id, person_id, role, starts_on)
                values (?, ?, ?, 'MEMBER', '2025-01-01')""", partnership, group.getId(), member))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anEndDateBeforeTheStartDateIsRefusedAndNothingIsSaved() {
        var group = structure.addGroup(partnership, null, "Board", GroupKind.BOARD, null, null, false, null);
        var member = person("Member");
        assertThatThrownBy(() -> structure.addMembership(partnership, group.getId(), member, null, MembershipRole.MEMBER,
                null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(structure.membersOf(partnership, group.getId())).isEmpty();
    }

    @Test
    void anOrganisationAlreadyInTheHubIsLinkedNotCopiedAndCannotBeAddedTwice() {
        var other = partnerships.create("other-" + unique, "Other " + unique, null).getId();
        var first = organisations.add(partnership, "Shared Police " + unique, OrganisationType.POLICE,
                "https://www.police-" + unique + ".example", LocalDate.of(2020, 1, 1));
        var second = organisations.add(other, "  shared police " + unique.toUpperCase() + " ", OrganisationType.POLICE,
                "https://police-" + unique + ".example/", LocalDate.of(2021, 1, 1));

        assertThat(first.alreadyKnown()).isFalse();
        assertThat(second.alreadyKnown()).isTrue();
        assertThat(second.organisation().getId()).isEqualTo(first.organisation().getId());
        assertThat(organisations.partnershipCount(first.organisation().getId())).isEqualTo(2);
        assertThatThrownBy(() -> organisations.add(other, "Shared Police " + unique, OrganisationType.POLICE, null,
                LocalDate.of(2021, 1, 1))).isInstanceOf(DuplicateRecord.class);
    }

    @Test
    void aSecondEditBasedOnAnOldVersionIsRefusedAndTheFirstIsKept() {
        var id = organisation("Trust", OrganisationType.RELEVANT_AGENCY);
        var opened = organisations.find(partnership, id).orElseThrow().organisation().getVersion();

        organisations.update(partnership, id, opened, 0, "Trust renamed " + unique, OrganisationType.RELEVANT_AGENCY, null,
                LocalDate.of(2020, 1, 1), null);
        assertThatThrownBy(() -> organisations.update(partnership, id, opened, 0, "Trust overwritten " + unique,
                OrganisationType.OTHER, null, LocalDate.of(2020, 1, 1), null)).isInstanceOf(StaleEdit.class);

        var saved = organisations.find(partnership, id).orElseThrow().organisation();
        assertThat(saved.getName()).isEqualTo("Trust renamed " + unique);
        assertThat(saved.getType()).isEqualTo(OrganisationType.RELEVANT_AGENCY);
    }

    @Test
    void aChangeToTheDatesFromAnOldFormIsRefusedToo() {
        var id = organisation("Charity", OrganisationType.VOLUNTARY);
        var opened = organisations.find(partnership, id).orElseThrow();
        organisations.update(partnership, id, opened.organisation().getVersion(), opened.participation().getVersion(),
                opened.organisation().getName(), OrganisationType.VOLUNTARY, null, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 31));
        assertThatThrownBy(() -> organisations.update(partnership, id, opened.organisation().getVersion(),
                opened.participation().getVersion(), opened.organisation().getName(), OrganisationType.VOLUNTARY,
                "https://charity.example", LocalDate.of(2020, 1, 1), null)).isInstanceOf(StaleEdit.class);
        assertThat(organisations.find(partnership, id).orElseThrow().participation().getLeftOn())
                .isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void someoneElsesEmailAddressDoesNotLinkTheirRecordUnderAnotherName() {
        var other = partnerships.create("names-" + unique, "Names " + unique, null).getId();
        person("Rightful");
        assertThatThrownBy(() -> people.add(other, "Someone", "Else", "rightful." + unique + "@example.org", null))
                .isInstanceOf(DuplicateRecord.class).hasMessage(People.CANNOT_ADD_PERSON);
        var linked = people.add(other, "rightful", unique, "rightful." + unique + "@example.org", null);
        assertThat(people.find(partnership, linked.getId())).isPresent();
    }

    @Test
    void aPersonIsOnlyFoundInPartnershipsTheyBelongTo() {
        var other = partnerships.create("elsewhere-" + unique, "Elsewhere " + unique, null).getId();
        var id = person("Local");
        assertThat(people.find(partnership, id)).isPresent();
        assertThat(people.find(other, id)).isEmpty();
    }
}

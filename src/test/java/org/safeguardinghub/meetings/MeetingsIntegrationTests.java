package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The meetings module against PostgreSQL with the demo partnerships loaded. */
@HubIntegrationTest
class MeetingsIntegrationTests {

    @Autowired
    MeetingDiary meetings;
    @Autowired
    AttendanceRegister register;
    @Autowired
    MinutesBook minutesBook;
    @Autowired
    MattersRaised matters;
    @Autowired
    ActionTracker tracker;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long shropshire;
    String unique;

    @BeforeEach
    void demo() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private CurrentUser as(String username) {
        var id = accounts.byUsername(username).orElseThrow().getId();
        HubPrincipal principal = () -> id;
        return accounts.currentUser(principal).orElseThrow();
    }

    private long group(String name) {
        return jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?", Long.class,
                shropshire, name);
    }

    /** A meeting on a date no other test uses, so "previous meeting" is predictable within the test. */
    private Meeting schedule(String groupName, LocalDate on) {
        return meetings.schedule(new ScheduleMeeting(shropshire, group(groupName), on, LocalTime.of(14, 15),
                LocalTime.of(16, 45), null, "https://teams.example.org/meet/" + unique));
    }

    /**
     * A new subgroup of the executive with the executive's members (seated since 2000), so each test
     * has a group whose meetings no other test touches.
     */
    private long freshGroup() {
        var executive = group("Executive Group");
        var name = "Test subgroup " + unique;
        var created = structure.addGroup(shropshire, executive, name, GroupKind.SUBGROUP, null, null, false, null);
        structure.membersOf(shropshire, executive).stream().filter(m -> m.isCurrent()).forEach(m -> structure.addMembership(
                shropshire, created.getId(), m.person().getId(), m.organisation() == null ? null : m.organisation().getId(),
                MembershipRole.MEMBER, null, LocalDate.of(2000, 1, 1), null));
        return created.getId();
    }

    private Meeting scheduleFor(long groupId, LocalDate on) {
        return meetings.schedule(new ScheduleMeeting(shropshire, groupId, on, LocalTime.of(14, 15),
                LocalTime.of(16, 45), null, "https://teams.example.org/meet/" + unique));
    }

    @Test
    void aScheduledMeetingStartsWithTheStandingItemsAndOrdinaryItemsGoBeforeAnyOtherBusiness() {
        var meeting = schedule("Executive Group", LocalDate.of(2031, 3, 4));
        meetings.addItem(shropshire, meeting.getId(), "Neglect strategy " + unique, "Sonya Miller", false);
        meetings.addItem(shropshire, meeting.getId(), "Rapid review update " + unique, null, true);

        var titles = meetings.agenda(meeting.getId()).stream().map(AgendaItem::getTitle).toList();

        assertThat(titles).containsExactly("Welcome, introductions and apologies", "Minutes of the previous meeting",
                "Actions from previous meetings", "Matters raised by subgroups", "Neglect strategy " + unique,
                "Rapid review update " + unique, "Any other business");
        assertThat(meetings.agenda(meeting.getId()).stream().map(AgendaItem::getPosition).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aGroupWithoutSubgroupsHasNoMattersRaisedItem() {
        var meeting = schedule("Neglect Toolkit Task and Finish Group", LocalDate.of(2020, 6, 1));
        assertThat(meetings.agenda(meeting.getId())).extracting(AgendaItem::getKind)
                .doesNotContain(AgendaItemKind.MATTERS_RAISED);
    }

    @Test
    void aMeetingNeedsAPlaceOrALinkAndAnEndAfterItsStart() {
        var group = group("Executive Group");
        assertThatThrownBy(() -> meetings.schedule(new ScheduleMeeting(shropshire, group, LocalDate.of(2030, 1, 1),
                LocalTime.of(10, 0), null, " ", null))).isInstanceOf(Refused.class)
                .hasMessage("Enter where the meeting is held or its online link");
        assertThatThrownBy(() -> meetings.schedule(new ScheduleMeeting(shropshire, group, LocalDate.of(2030, 1, 1),
                LocalTime.of(10, 0), LocalTime.of(9, 0), "Shirehall", null))).isInstanceOf(Refused.class)
                .hasMessage("End time must be after the start time");
        assertThatThrownBy(() -> meetings.schedule(new ScheduleMeeting(shropshire, group, LocalDate.of(2030, 1, 1),
                LocalTime.of(10, 0), null, null, "teams.example.org"))).isInstanceOf(Refused.class)
                .hasMessageContaining("https://");
    }

    @Test
    void attendanceQuorumAndTheReportByException() {
        var groupId = freshGroup();
        var first = scheduleFor(groupId, LocalDate.of(2024, 1, 10));
        var second = scheduleFor(groupId, LocalDate.of(2024, 3, 10));
        var sheet = register.attendanceSheet(shropshire, second);
        assertThat(sheet).isNotEmpty().allMatch(AttendanceRow::member).allMatch(r -> r.status() == null);

        var absentee = sheet.stream().filter(r -> "The Probation Service".equals(r.organisationName())).findFirst().orElseThrow();
        register.recordAttendance(shropshire, first.getId(), 0,
                List.of(new AttendanceRegister.AttendanceEntry(absentee.personId(), AttendanceStatus.APOLOGIES, null)), true);
        var entries = sheet.stream().map(r -> new AttendanceRegister.AttendanceEntry(r.personId(),
                r == absentee ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null)).toList();
        register.recordAttendance(shropshire, second.getId(), 0, entries, true);

        var report = register.attendanceReport(shropshire, meetings.find(shropshire, second.getId()).orElseThrow());
        assertThat(report.missedTwoRunning()).containsExactly(absentee.name());

        register.setQuorumRule(shropshire, groupId, register.quorumRule(shropshire, groupId).getVersion(), true, 50);
        var quorum = register.quorum(shropshire, second);
        assertThat(quorum.quorate()).isFalse();
        assertThat(quorum.shortfalls()).anyMatch(s -> s.endsWith("50 needed"));
        register.setQuorumRule(shropshire, groupId, register.quorumRule(shropshire, groupId).getVersion(), true, null);
        assertThat(register.quorum(shropshire, second).quorate()).isTrue();
    }

    @Test
    void aStaleAttendanceSheetIsRefused() {
        var meeting = scheduleFor(freshGroup(), LocalDate.of(2024, 1, 10));
        var person = register.attendanceSheet(shropshire, meeting).getFirst().personId();
        register.recordAttendance(shropshire, meeting.getId(), 0,
                List.of(new AttendanceRegister.AttendanceEntry(person, AttendanceStatus.PRESENT, null)), true);
        assertThatThrownBy(() -> register.recordAttendance(shropshire, meeting.getId(), 0,
                List.of(new AttendanceRegister.AttendanceEntry(person, AttendanceStatus.ABSENT, null)), false))
                .isInstanceOf(StaleEdit.class);
        assertThat(register.attendanceSheet(shropshire, meeting).getFirst().status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void minutesGoFromDraftToCirculatedToApprovedAtTheNextMeetingAndThenOnlyTakeAmendments() {
        var groupId = freshGroup();
        var first = scheduleFor(groupId, LocalDate.of(2024, 1, 10));
        var item = meetings.addItem(shropshire, first.getId(), "Terms of reference " + unique, null, false);
        minutesBook.writeNotes(shropshire, first.getId(), item.getId(), 0, "GB asked that the deputy head attends.");
        minutesBook.recordDecision(shropshire, first.getId(), item.getId(), "The terms of reference were agreed.", "test");
        var actionId = minutesBook.raiseAction(shropshire, first.getId(), item.getId(), "Update the membership list " + unique,
                Set.of(), Set.of(), true, first.getHeldOn().plusDays(7), "test");
        assertThat(meetings.find(shropshire, first.getId()).orElseThrow().getMinutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(tracker.raisedFrom(shropshire, ActionSource.Type.MEETING_ITEM, List.of(item.getId())))
                .extracting(a -> a.action().getId()).containsExactly(actionId);

        var second = scheduleFor(groupId, LocalDate.of(2024, 3, 10));
        assertThatThrownBy(() -> minutesBook.approvePreviousMinutes(shropshire, second.getId(), "test"))
                .isInstanceOf(Refused.class).hasMessageContaining("must be circulated");
        minutesBook.circulate(shropshire, first.getId(), meetings.find(shropshire, first.getId()).orElseThrow().getVersion());
        var approval = minutesBook.approvePreviousMinutes(shropshire, second.getId(), "test");

        var approved = meetings.find(shropshire, first.getId()).orElseThrow();
        assertThat(approved.getMinutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(minutesBook.approvedAt(approved)).map(Meeting::getId).contains(second.getId());
        assertThat(approval.getText()).startsWith("The minutes of the meeting on ");
        assertThatThrownBy(() -> minutesBook.writeNotes(shropshire, first.getId(), item.getId(), 1, "Changed"))
                .isInstanceOf(Refused.class).hasMessageContaining("Record an amendment instead");
        assertThat(meetings.item(shropshire, first.getId(), item.getId()).orElseThrow().getNotes())
                .isEqualTo("GB asked that the deputy head attends.");

        minutesBook.amend(shropshire, first.getId(), item.getId(), "GB is the Head of Service", "Job title was wrong", "test");
        var minutes = minutesBook.minutes(as("business.unit"), approved, false);
        assertThat(minutes.stream().filter(m -> m.item().getId().equals(item.getId())).findFirst().orElseThrow().amendments())
                .extracting(MinutesAmendment::getReason).containsExactly("Job title was wrong");
    }

    @Test
    void confidentialItemsAreWithheldFromThoseWhoMayNotReadThem() {
        var meeting = scheduleFor(freshGroup(), LocalDate.of(2024, 1, 10));
        var secret = meetings.addItem(shropshire, meeting.getId(), "Child G " + unique, null, true);
        minutesBook.recordDecision(shropshire, meeting.getId(), secret.getId(), "Refer for a rapid review.", "test");

        assertThat(meetings.maySeeConfidentialItems(as("read.only"), meeting)).isFalse();
        assertThat(meetings.maySeeConfidentialItems(as("business.unit"), meeting)).isTrue();
        var withheld = minutesBook.minutes(as("read.only"), meeting, false).stream()
                .filter(m -> m.item().getId().equals(secret.getId())).findFirst().orElseThrow();
        assertThat(withheld.withheld()).isTrue();
        assertThat(withheld.decisions()).isEmpty();
    }

    @Test
    void aMatterRaisedAtAConfidentialItemIsReadOnlyByThoseWhoMayReadIt() {
        var subgroup = freshGroup();
        var subgroupMeeting = scheduleFor(subgroup, LocalDate.of(2024, 2, 10));
        var secret = meetings.addItem(shropshire, subgroupMeeting.getId(), "Child H " + unique, null, true);
        var matter = matters.raiseMatter(shropshire, subgroupMeeting.getId(), secret.getId(),
                "Escalate the strategy discussion for Child H " + unique);
        var executive = group("Executive Group");

        assertThat(matters.mattersRaisedTo(as("read.only"), shropshire, executive)).extracting(Escalation::getId)
                .doesNotContain(matter.getId());
        assertThat(matters.mattersRaisedBy(as("read.only"), shropshire, subgroup)).isEmpty();
        assertThat(matters.mattersRaisedTo(as("business.unit"), shropshire, executive)).extracting(Escalation::getId)
                .contains(matter.getId());
    }

    @Test
    void aSubgroupRaisesAMatterAndThePartnerGroupAnswersIt() {
        var subgroup = freshGroup();
        var subgroupMeeting = scheduleFor(subgroup, LocalDate.of(2024, 1, 10));
        var item = meetings.addItem(shropshire, subgroupMeeting.getId(), "Dataset " + unique, null, false);
        var matter = matters.raiseMatter(shropshire, subgroupMeeting.getId(), item.getId(),
                "Health data missing from the dataset " + unique);
        var executive = group("Executive Group");
        assertThat(matters.mattersRaisedTo(as("read.only"), shropshire, executive)).extracting(Escalation::getId).contains(matter.getId());

        var parentMeeting = schedule("Executive Group", LocalDate.of(2024, 1, 10).plusDays((long) (Math.random() * 5000)));
        var mattersItem = meetings.agenda(parentMeeting.getId()).stream()
                .filter(i -> i.getKind() == AgendaItemKind.MATTERS_RAISED).findFirst().orElseThrow();
        matters.answerMatter(shropshire, parentMeeting.getId(), mattersItem.getId(), matter.getId(), 0,
                "The ICB will provide health data from next quarter.");

        var answered = matters.mattersRaisedBy(as("read.only"), shropshire, subgroup).stream()
                .filter(e -> e.getId().equals(matter.getId())).findFirst().orElseThrow();
        assertThat(answered.getResponse()).isEqualTo("The ICB will provide health data from next quarter.");
        assertThat(matters.meetingsOfItems(List.of(answered.getAnsweredAtItemId())).get(answered.getAnsweredAtItemId()).getId())
                .isEqualTo(parentMeeting.getId());
        assertThatThrownBy(() -> matters.answerMatter(shropshire, parentMeeting.getId(), mattersItem.getId(),
                matter.getId(), 1, "Again")).isInstanceOf(Refused.class);
    }

    @Test
    void theBoardHasNoParentToRaiseMattersWith() {
        var meeting = schedule("Shropshire Safeguarding Community Partnership", LocalDate.of(2024, 1, 10));
        var item = meetings.agenda(meeting.getId()).getFirst();
        assertThatThrownBy(() -> matters.raiseMatter(shropshire, meeting.getId(), item.getId(), "Anything"))
                .isInstanceOf(Refused.class).hasMessageContaining("does not report to another group");
    }

    @Test
    void anActionFromAConfidentialItemIsOnlyOnTheTrackerOfThoseWhoMayReadTheItem() {
        var meeting = scheduleFor(freshGroup(), LocalDate.of(2024, 1, 10));
        var secret = meetings.addItem(shropshire, meeting.getId(), "Child J " + unique, null, true);
        var actionId = minutesBook.raiseAction(shropshire, meeting.getId(), secret.getId(), "Chronology for child J " + unique,
                Set.of(), Set.of(), true, null, "test");

        assertThat(tracker.find(as("read.only"), shropshire, actionId)).isEmpty();
        assertThat(tracker.export(as("read.only"), shropshire, org.safeguardinghub.actions.ActionFilter.everything()))
                .noneMatch(a -> a.action().getId() == actionId);
        assertThat(tracker.find(as("business.unit"), shropshire, actionId)).isPresent();
        assertThat(tracker.export(as("business.unit"), shropshire, org.safeguardinghub.actions.ActionFilter.everything()))
                .anyMatch(a -> a.action().getId() == actionId);
    }
}

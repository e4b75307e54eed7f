package org.safeguardinghub.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
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

/**
 * Owners asked to respond, chased, reminded and sent their weekly list, by real SMTP (GreenMail);
 * who has not responded, and each organisation's figures, against PostgreSQL.
 */
@HubIntegrationTest
class ActionResponsesIntegrationTests {

    private static final String AGENCY_REP = "gareth.lloyd@hub.example";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    ActionTracker tracker;
    @Autowired
    ActionReminders reminders;
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
    long police;
    String unique;
    LocalDate today;

    @BeforeEach
    void demo() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        police = organisation("West Mercia Police");
        unique = UUID.randomUUID().toString().substring(0, 8);
        today = LocalDate.now();
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

    private Action raise(String description, Set<Long> persons, Set<Long> orgs, LocalDate due, Long group) {
        return tracker.raise(new RaiseAction(shropshire, group, description + " " + unique, persons, orgs, false, due,
                ActionSource.raisedDirectly(), "business.unit"));
    }

    private static List<MimeMessage> mailTo(String address, String subjectStart) {
        return TestSmtp.receivedBy(address, s -> s.startsWith(subjectStart));
    }

    /** As if the action had been raised (and its owners asked) this many days ago. */
    private void raisedDaysAgo(Action action, int days) {
        jdbc.update("""
                update action set raised_on = current_date - ?, respond_by = current_date - ? + 7,
                first_respond_by = current_date - ? + 7, asked_at = now() - make_interval(days => ?) where id = ?""",
                days, days, days, days, action.getId());
    }

    @Test
    void raisingAnActionEmailsEachOwnerPeopleByTheirOwnAddressAndOrganisationsThroughTheirAgencyRepresentatives() throws Exception {
        var owen = people.allIn(shropshire).stream().filter(p -> p.getFullName().equals("Owen Davies")).findFirst().orElseThrow();
        var action = raise("Send the partnership your training figures", Set.of(owen.getId()), Set.of(police),
                LocalDate.of(2027, 3, 31), group("Learning, Improvement and Training Subgroup"));

        var subject = "Action " + action.getId() + ": please respond by " + today.plusDays(7).format(DATE);
        var toRep = mailTo(AGENCY_REP, "Action " + action.getId() + ":");
        assertThat(toRep).hasSize(1);
        assertThat(toRep.getFirst().getSubject()).isEqualTo(subject);
        var body = TestSmtp.body(toRep.getFirst());
        assertThat(body).contains("Send the partnership your training figures " + unique,
                "Group: Learning, Improvement and Training Subgroup", "Due: 31 March 2027",
                "Please add an update by " + today.plusDays(7).format(DATE),
                "http://localhost:8080/p/shropshire/actions/" + action.getId());
        assertThat(mailTo(owen.getEmail(), subject)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where subject = ? and status = 'SENT'",
                Long.class, subject)).isEqualTo(2);
    }

    @Test
    void anActionOfAConfidentialGroupIsEmailedWithoutItsWordsOrGroup() {
        var action = raise("Share the rapid review learning", Set.of(), Set.of(police), null, group("Joint Case Review Subgroup"));
        var body = TestSmtp.body(mailTo(AGENCY_REP, "Action " + action.getId() + ":").getFirst());
        assertThat(body).contains("is confidential. Sign in to the Hub to read it", "/p/shropshire/actions/" + action.getId())
                .doesNotContain("rapid review", "Joint Case Review");
    }

    @Test
    void chasingResetsTheDateToRespondByLogsItAndEmailsTheOwnersAgain() throws Exception {
        var action = raise("Confirm the designated lead", Set.of(), Set.of(police), null, null);
        raisedDaysAgo(action, 12);

        var refused = mvc.perform(post("/p/shropshire/actions/" + action.getId() + "/chase").with(csrf()).param("version", "7")
                .with(user(users.loadUserByUsername("chair")))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem", "Someone else changed this action");

        var chased = mvc.perform(post("/p/shropshire/actions/" + action.getId() + "/chase").with(csrf()).param("version", "0")
                .with(user(users.loadUserByUsername("chair")))).andReturn();
        assertThat(chased.getResponse().getRedirectedUrl()).isEqualTo("/p/shropshire/actions/" + action.getId());
        assertThat(chased.getFlashMap().get("success")).asString()
                .isEqualTo("The owners have been emailed and asked to respond by " + today.plusDays(7).format(DATE));

        assertThat(jdbc.queryForObject("select respond_by from action where id = ?", LocalDate.class, action.getId()))
                .isEqualTo(today.plusDays(7));
        assertThat(jdbc.queryForObject("select first_respond_by from action where id = ?", LocalDate.class, action.getId()))
                .isEqualTo(today.minusDays(5));
        assertThat(tracker.updatesOf(action.getId())).singleElement().satisfies(line -> {
            assertThat(line.getKind()).isEqualTo(ActionUpdate.Kind.CHASE);
            assertThat(line.getWrittenBy()).isEqualTo("chair");
        });
        var emails = mailTo(AGENCY_REP, "Action " + action.getId() + ":");
        assertThat(emails).hasSize(2);
        assertThat(TestSmtp.body(emails.get(1))).contains("You are asked again to respond");
    }

    @Test
    void remindersGoBeforeTheDueDateOnItAndWeeklyWhenOverdueAndNeverTwiceForOneDay() {
        var due = today.plusDays(10);
        var action = raise("Return the section 11 audit", Set.of(), Set.of(police), due, null);
        var id = action.getId();

        reminders.sendReminders(today.plusDays(1));
        assertThat(mailTo(AGENCY_REP, "Action " + id + " is due")).as("not yet inside the seven days").isEmpty();

        reminders.sendReminders(due.minusDays(7));
        reminders.sendReminders(due.minusDays(7));
        reminders.sendReminders(due.minusDays(6));
        var before = mailTo(AGENCY_REP, "Action " + id + " is due on " + due.format(DATE));
        assertThat(before).hasSize(1);
        assertThat(TestSmtp.body(before.getFirst())).contains("is due in 7 days", "Return the section 11 audit " + unique);

        reminders.sendReminders(due);
        reminders.sendReminders(due);
        assertThat(mailTo(AGENCY_REP, "Action " + id + " is due today")).hasSize(1);

        reminders.sendReminders(due.plusDays(1));
        reminders.sendReminders(due.plusDays(1));
        reminders.sendReminders(due.plusDays(4));
        assertThat(mailTo(AGENCY_REP, "Action " + id + " is overdue")).hasSize(1);
        reminders.sendReminders(due.plusDays(8));
        assertThat(mailTo(AGENCY_REP, "Action " + id + " is overdue")).as("weekly, not daily").hasSize(2);
        assertThat(jdbc.queryForList("select kind from action_reminder where action_id = ? order by sent_on", String.class, id))
                .containsExactly("BEFORE_DUE", "DUE", "OVERDUE", "OVERDUE");

        tracker.addUpdate(as("agency.rep"), shropshire, id, 0, "Audit returned", ActionStatus.DONE_BY_OWNER);
        reminders.sendReminders(due.plusDays(15));
        assertThat(mailTo(AGENCY_REP, "Action " + id + " is overdue")).as("done by its owner").hasSize(2);
    }

    @Test
    void eachPersonGetsOneWeeklyListOfTheirOutstandingActionsOverdueFirst() throws Exception {
        var email = "dana." + unique + "@example.org";
        var dana = people.add(shropshire, "Dana", "Digest" + unique, email, "Designated nurse");
        var later = raise("Later action", Set.of(dana.getId()), Set.of(), today.plusDays(30), null);
        var overdue = raise("Overdue action", Set.of(dana.getId()), Set.of(), today.minusDays(2), null);
        var undated = raise("Undated action", Set.of(dana.getId()), Set.of(), null, null);
        var done = raise("Finished action", Set.of(dana.getId()), Set.of(), today.plusDays(3), null);
        tracker.addUpdate(as("business.unit"), shropshire, done.getId(), 0, "Finished", ActionStatus.DONE_BY_OWNER);

        assertThat(reminders.sendDigests(today)).isPositive();
        reminders.sendDigests(today);
        var digests = mailTo(email, "Your outstanding actions");
        assertThat(digests).hasSize(1);
        assertThat(digests.getFirst().getSubject()).isEqualTo("Your outstanding actions: 3 (1 overdue)");
        var body = TestSmtp.body(digests.getFirst());
        assertThat(body).contains("Overdue action " + unique, "Later action " + unique, "Undated action " + unique)
                .doesNotContain("Finished action");
        assertThat(body.indexOf("Overdue action")).isLessThan(body.indexOf("Later action"));
        assertThat(body.indexOf("Later action")).isLessThan(body.indexOf("Undated action"));
        assertThat(body).contains("/p/shropshire/actions/" + overdue.getId(), "/p/shropshire/actions/" + later.getId(),
                "/p/shropshire/actions/" + undated.getId());

        reminders.sendDigests(today.plusDays(7));
        assertThat(mailTo(email, "Your outstanding actions")).as("next week's").hasSize(2);
    }

    @Test
    void theChairSeesWhichOwnersHaveNotRespondedSinceTheyWereLastAsked() throws Exception {
        var executive = group("Executive Group");
        var silent = raise("Silent owners", Set.of(), Set.of(police), null, executive);
        var answered = raise("Answered", Set.of(), Set.of(police), null, executive);
        var recent = raise("Recently raised", Set.of(), Set.of(police), null, executive);
        raisedDaysAgo(silent, 10);
        raisedDaysAgo(answered, 10);
        tracker.addUpdate(as("agency.rep"), shropshire, answered.getId(), 0, "Working on it", ActionStatus.IN_PROGRESS);

        var waiting = tracker.notResponded(as("chair"), shropshire, executive).stream().map(t -> t.action().getId()).toList();
        assertThat(waiting).contains(silent.getId()).doesNotContain(answered.getId(), recent.getId());

        var page = mvc.perform(get("/p/shropshire/groups/" + executive + "/responses")
                .with(user(users.loadUserByUsername("chair")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Who has not responded", "West Mercia Police", "Silent owners " + unique)
                .doesNotContain("Answered " + unique);

        tracker.chase(as("business.unit"), shropshire, silent.getId(), 0);
        assertThat(tracker.notResponded(as("chair"), shropshire, executive)).as("chased: they have another week")
                .noneMatch(t -> t.action().getId().equals(silent.getId()));
    }

    @Test
    void aConfidentialGroupsUnansweredActionsAreForThoseWhoMaySeeTheGroup() throws Exception {
        var jcr = group("Joint Case Review Subgroup");
        var secret = raise("Unanswered confidential", Set.of(), Set.of(police), null, jcr);
        raisedDaysAgo(secret, 10);
        assertThat(tracker.notResponded(as("agency.rep"), shropshire, jcr)).isEmpty();
        var before = jdbc.queryForObject("select count(*) from audit_event where action = 'VIEWED'", Long.class);
        var page = mvc.perform(get("/p/shropshire/groups/" + jcr + "/responses").with(user(users.loadUserByUsername("chair"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Unanswered confidential " + unique);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEWED'", Long.class))
                .as("opening it is recorded").isEqualTo(before + 1);
    }

    @Test
    void eachOrganisationsFiguresCountTheShareUpdatedInTimeAndTheMedianDaysToAFirstUpdate() throws Exception {
        var name = "Responsive Trust " + unique;
        var trust = organisations.add(shropshire, name, OrganisationType.RELEVANT_AGENCY, null, LocalDate.of(2020, 1, 1))
                .organisation().getId();
        var quick = raise("Quick", Set.of(), Set.of(trust), null, null);
        var slow = raise("Slow", Set.of(), Set.of(trust), null, null);
        var silent = raise("Silent", Set.of(), Set.of(trust), null, null);
        raise("Fresh", Set.of(), Set.of(trust), null, null);
        for (var action : List.of(quick, slow, silent)) {
            raisedDaysAgo(action, 20);
        }
        var bu = as("business.unit");
        tracker.addUpdate(bu, shropshire, quick.getId(), 0, "Done in two days", ActionStatus.IN_PROGRESS);
        tracker.addUpdate(bu, shropshire, slow.getId(), 0, "Done in ten days", ActionStatus.IN_PROGRESS);
        jdbc.update("update action_update set written_at = now() - interval '18 days' where action_id = ?", quick.getId());
        jdbc.update("update action_update set written_at = now() - interval '10 days' where action_id = ?", slow.getId());
        tracker.chase(bu, shropshire, silent.getId(), 0);

        var figures = tracker.responsiveness(bu, shropshire).stream().filter(f -> f.organisation().equals(name))
                .findFirst().orElseThrow();
        assertThat(figures.asked()).isEqualTo(4);
        assertThat(figures.dueAnAnswer()).as("the fresh one is still inside its week").isEqualTo(3);
        assertThat(figures.answeredInTime()).isEqualTo(1);
        assertThat(figures.waitingPastDate()).as("chasing is not an update").isEqualTo(1);
        assertThat(figures.medianDaysToFirstUpdate()).isEqualTo(6.0);

        var page = mvc.perform(get("/p/shropshire/actions/responsiveness").with(user(users.loadUserByUsername("read.only"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Responses to actions, by organisation", name, "33% (1 of 3)", "6 days",
                "What the figures mean");
    }
}

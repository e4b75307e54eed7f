package org.safeguardinghub.infrastructure;

import org.safeguardinghub.rules.Refused;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.HubPrincipal;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.demo.DemoData;
import org.safeguardinghub.learning.BriefingText;
import org.safeguardinghub.learning.Briefings;
import org.safeguardinghub.learning.FindingDetails;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.learning.LearningSource;
import org.safeguardinghub.meetings.AttendanceRegister;
import org.safeguardinghub.meetings.MattersRaised;
import org.safeguardinghub.meetings.MeetingDiary;
import org.safeguardinghub.meetings.MinutesBook;
import org.safeguardinghub.meetings.ScheduleMeeting;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.UploadedDocument;
import org.safeguardinghub.plans.BusinessPlans;
import org.safeguardinghub.reviews.AgeBand;
import org.safeguardinghub.reviews.CaseReferrals;
import org.safeguardinghub.reviews.IncidentNotifications;
import org.safeguardinghub.reviews.InformationRequests;
import org.safeguardinghub.reviews.RapidReviews;
import org.safeguardinghub.reviews.ChildRecord;
import org.safeguardinghub.reviews.NotificationDates;
import org.safeguardinghub.reviews.PracticeReviews;
import org.safeguardinghub.reviews.ReviewRoute;
import org.safeguardinghub.reviews.SuggestedRoute;
import org.safeguardinghub.reviews.TriageOutcome;
import org.safeguardinghub.risks.Appetite;
import org.safeguardinghub.risks.Rating;
import org.safeguardinghub.risks.RiskDetails;
import org.safeguardinghub.risks.RiskRegister;
import org.safeguardinghub.scrutiny.ChallengeLog;
import org.safeguardinghub.scrutiny.RaisedBy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plants, through the Hub's own services, records of every kind that can be confidential in the
 * Shropshire demo partnership, each confidential field carrying its own random word (a canary), so
 * a crawl that sees one knows exactly which field of which record leaked. Every canary says who may
 * read it; anyone else seeing it is a leak.
 * Not a Spring bean (the shared test context stays as it is): the test autowires an instance.
 */
public class CanaryRecords {

    /** Who may read a canary: the crawl's roles that may see it (the business unit may see everything). */
    public enum Audience {
        /** Anyone with a role in Shropshire: an ordinary record, planted to prove other partnerships and the public see nothing. */
        SHROPSHIRE("business.unit", "read.only", "agency.rep", "partner", CanaryRecords.MEMBER),
        /** Case review readers: the business unit, chairs, partners and the joint case review group. */
        CASE_REVIEW_READERS("business.unit", "partner"),
        /** Confidential to the joint case review group (a local review's findings and their actions). */
        JOINT_CASE_REVIEW_GROUP("business.unit"),
        /** A confidential group, its meetings, items, actions, matters, risks, activities and challenges. */
        CONFIDENTIAL_GROUP("business.unit"),
        /** A confidential item (or finding) of a group that is not confidential, with all that hangs on it. */
        CONFIDENTIAL_BUSINESS("business.unit");

        private final Set<String> readers;

        Audience(String... readers) {
            this.readers = Set.of(readers);
        }

        public boolean mayRead(String role) {
            return readers.contains(role);
        }
    }

    /** The role name used in reports for the group member who sits on an ordinary group only. */
    public static final String MEMBER = "member (ordinary group only)";

    /** A canary word's field and who may read it. */
    public record Canary(String word, String field, Audience audience) {
    }

    /** What was planted: the canaries, the records' ids for filling route variables, the member's account. */
    public record Planted(Map<String, Canary> canaries, List<Map<String, String>> bindings, String memberUsername,
            String memberEmail, List<Long> actionIds) {
    }

    /** A word that every planted sentence carries, so an ordinary search returns all of them at once. */
    public static final String COMMON_WORD = "lighthouse";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    People people;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
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
    LearningRegister learning;
    @Autowired
    Briefings briefings;
    @Autowired
    RiskRegister risks;
    @Autowired
    BusinessPlans businessPlans;
    @Autowired
    ChallengeLog challenges;
    @Autowired
    CaseReferrals referrals;
    @Autowired
    IncidentNotifications notifications;
    @Autowired
    RapidReviews rapidReviews;
    @Autowired
    InformationRequests informationRequests;
    @Autowired
    PracticeReviews practiceReviews;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, Canary> canaries = new LinkedHashMap<>();
    private Audience audience;
    private String record;

    /** A fresh canary for a field of the record being planted, in a sentence with the common word. */
    private String w(String field) {
        var word = new StringBuilder("canary");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        canaries.put(word.toString(), new Canary(word.toString(), record + ": " + field, audience));
        return word + " " + COMMON_WORD;
    }

    /** A canary used where a bare word is needed (a case reference, a file name). */
    private String bare(String field) {
        var sentence = w(field);
        return sentence.substring(0, sentence.indexOf(' '));
    }

    private void planting(String record, Audience audience) {
        this.record = record;
        this.audience = audience;
    }

    public synchronized Planted plant() throws Exception {
        canaries.clear();
        var today = LocalDate.now();
        var unique = UUID.randomUUID().toString().substring(0, 8);
        long p = partnerships.bySlug("shropshire").orElseThrow().getId();
        var businessUnit = as("business.unit");
        long executive = id("select id from partnership_group where partnership_id = ? and name = 'Executive Group'", p);
        long policy = id("select id from partnership_group where partnership_id = ? and name = 'Policy and Procedures Subgroup'", p);
        long lit = id("select id from partnership_group where partnership_id = ? and name = 'Learning, Improvement and Training Subgroup'", p);
        long police = organisation(p, "West Mercia Police");
        long council = organisation(p, "Shropshire Council");
        long health = organisation(p, "Shropshire Community Health NHS Trust");
        long kate = id("select p.id from person p join partnership_person pp on pp.person_id = p.id "
                + "where pp.partnership_id = ? and p.given_name = 'Kate' and p.family_name = 'Brennan'", p);
        var due = today.plusDays(23);
        var actionIds = new ArrayList<Long>();

        // A group member who sits on an ordinary group only.
        var memberEmail = "canary.member." + unique + "@example.org";
        var memberPerson = people.add(p, "Cora", "Member" + unique, memberEmail, "Safeguarding officer");
        structure.addMembership(p, policy, memberPerson.getId(), council, MembershipRole.MEMBER, null,
                LocalDate.of(2020, 1, 1), null);
        var memberUsername = "canary.member." + unique;
        var memberAccount = accounts.create(memberUsername, memberEmail, "Cora Member", DemoData.PASSWORD, false,
                memberPerson.getId());
        accounts.grant(memberAccount.getId(), p, Role.GROUP_MEMBER, null);

        // A confidential group under the executive, with a chair, terms of reference, a meeting and its minutes.
        planting("confidential group", Audience.CONFIDENTIAL_GROUP);
        var secret = structure.addGroup(p, executive, "Secret subgroup " + w("name"), GroupKind.SUBGROUP, w("purpose"),
                w("meeting frequency"), true, null);
        structure.addMembership(p, secret.getId(), kate, council, MembershipRole.CHAIR, null, LocalDate.of(2020, 1, 1), null);
        var terms = structure.addTermsOfReference(p, secret.getId(), today.minusMonths(1),
                UploadedDocument.check(bare("terms of reference file name") + ".pdf",
                        TestDocuments.pdf("Terms of reference " + w("terms of reference text (PDF)"))), "business.unit");
        planting("meeting of the confidential group", Audience.CONFIDENTIAL_GROUP);
        var secretMeeting = meetings.schedule(new ScheduleMeeting(p, secret.getId(), today.minusDays(14), LocalTime.of(10, 0),
                LocalTime.of(11, 0), "Room " + w("location"), null));
        var secretItem = meetings.addItem(p, secretMeeting.getId(), "Item " + w("item title"), "Presenter " + w("item presenter"), false);
        minutesBook.writeNotes(p, secretMeeting.getId(), secretItem.getId(), secretItem.getVersion(), "Notes " + w("item notes"));
        minutesBook.recordDecision(p, secretMeeting.getId(), secretItem.getId(), "Decided " + w("decision"), "business.unit");
        actionIds.add(minutesBook.raiseAction(p, secretMeeting.getId(), secretItem.getId(), "Action " + w("action (owned by West Mercia Police)"),
                Set.of(), Set.of(police), false, due, "business.unit"));
        matters.raiseMatter(p, secretMeeting.getId(), secretItem.getId(), "Matter " + w("matter raised to the Executive Group"));
        register.declareConflict(p, secretMeeting.getId(), kate, secretItem.getId(), "Interest " + w("conflict of interest"));
        var secretPaper = meetings.addPaper(p, secretMeeting.getId(), secretItem.getId(),
                UploadedDocument.check(bare("paper file name") + ".pdf", TestDocuments.pdf("Paper " + w("paper text (PDF)"))),
                "business.unit");
        minutesBook.recordDifferenceMade(p, secretMeeting.getId(), meetings.find(p, secretMeeting.getId()).orElseThrow().getVersion(),
                "Difference " + w("difference made"));
        minutesBook.circulate(p, secretMeeting.getId(), meetings.find(p, secretMeeting.getId()).orElseThrow().getVersion());
        var secretNext = meetings.schedule(new ScheduleMeeting(p, secret.getId(), today, LocalTime.of(10, 0),
                LocalTime.of(11, 0), "Shirehall", null));
        minutesBook.approvePreviousMinutes(p, secretNext.getId(), "business.unit");
        minutesBook.amend(p, secretMeeting.getId(), secretItem.getId(), "Amended " + w("amendment to approved minutes"),
                "Reason " + w("reason for the amendment"), "business.unit");

        planting("risk of the confidential group", Audience.CONFIDENTIAL_GROUP);
        var risk = risks.add(p, secret.getId(), new RiskDetails("Risk " + w("title"), "Cause " + w("cause"),
                "Consequence " + w("consequence"), null, kate, "Controls " + w("controls"), new Rating(4, 4), new Rating(3, 3),
                new Rating(2, 2), "Target " + w("target reason"), Appetite.CAUTIOUS, today.plusMonths(1)), "business.unit");
        actionIds.add(risks.raiseAction(businessUnit, p, risk.getId(), "Risk action " + w("action on the risk"), kate, due).getId());

        planting("business plan activity owned by the confidential group", Audience.CONFIDENTIAL_GROUP);
        var businessPlan = businessPlans.current(p, today).orElseThrow();
        var activity = businessPlans.addActivity(p, businessPlan.getId(), null, "Activity " + w("description"),
                secret.getId(), kate, today.plusMonths(3));

        planting("challenge to the confidential group", Audience.CONFIDENTIAL_GROUP);
        // The log now refuses a confidential group as the recipient; one put to it before that rule
        // (moved there in the database) must still be seen only by those who see the group.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> challenges.raise(p, RaisedBy.CHAIR, null, secret.getId(),
                today.minusDays(3), "Theme", "Question", today.plusDays(20), "business.unit"))
                .isInstanceOf(org.safeguardinghub.rules.Refused.class);
        var challenge = challenges.raise(p, RaisedBy.CHAIR, null, executive, today.minusDays(3), "Theme " + w("theme"),
                "Question " + w("question"), today.plusDays(20), "business.unit");
        jdbc.update("update challenge set to_group_id = ? where id = ?", secret.getId(), challenge.getId());
        challenges.recordResponse(p, challenge.getId(), challenge.getVersion(), "Response " + w("response"),
                today.minusDays(1), "business.unit");

        // An ordinary subgroup whose meeting has a confidential item; no role the crawl signs in as sits on it.
        planting("ordinary group's ordinary item", Audience.SHROPSHIRE);
        var open = structure.addGroup(p, executive, "Canary open subgroup " + unique, GroupKind.SUBGROUP,
                "Meets so the canary crawl has an ordinary group with confidential business.", "Monthly", false, null);
        structure.addMembership(p, open.getId(), kate, council, MembershipRole.CHAIR, null, LocalDate.of(2020, 1, 1), null);
        var openMeeting = meetings.schedule(new ScheduleMeeting(p, open.getId(), today.minusDays(14), LocalTime.of(10, 0),
                LocalTime.of(11, 0), "Shirehall", null));
        var ordinaryItem = meetings.addItem(p, openMeeting.getId(), "Ordinary item " + w("item title"), null, false);
        minutesBook.writeNotes(p, openMeeting.getId(), ordinaryItem.getId(), ordinaryItem.getVersion(), "Notes " + w("item notes"));
        planting("confidential item of an ordinary group", Audience.CONFIDENTIAL_BUSINESS);
        var confidentialItem = meetings.addItem(p, openMeeting.getId(), "Item " + w("item title"), "Presenter " + w("item presenter"), true);
        minutesBook.writeNotes(p, openMeeting.getId(), confidentialItem.getId(), confidentialItem.getVersion(), "Notes " + w("item notes"));
        minutesBook.recordDecision(p, openMeeting.getId(), confidentialItem.getId(), "Decided " + w("decision"), "business.unit");
        actionIds.add(minutesBook.raiseAction(p, openMeeting.getId(), confidentialItem.getId(),
                "Action " + w("confidential action (owned by West Mercia Police)"), Set.of(), Set.of(police), false, due, "business.unit"));
        matters.raiseMatter(p, openMeeting.getId(), confidentialItem.getId(), "Matter " + w("matter raised to the Executive Group"));
        register.declareConflict(p, openMeeting.getId(), kate, confidentialItem.getId(), "Interest " + w("conflict of interest"));
        var confidentialPaper = meetings.addPaper(p, openMeeting.getId(), confidentialItem.getId(),
                UploadedDocument.check(bare("paper file name") + ".pdf", TestDocuments.pdf("Paper " + w("paper text (PDF)"))),
                "business.unit");
        minutesBook.circulate(p, openMeeting.getId(), meetings.find(p, openMeeting.getId()).orElseThrow().getVersion());
        var openNext = meetings.schedule(new ScheduleMeeting(p, open.getId(), today, LocalTime.of(10, 0),
                LocalTime.of(11, 0), "Shirehall", null));
        minutesBook.approvePreviousMinutes(p, openNext.getId(), "business.unit");
        minutesBook.amend(p, openMeeting.getId(), confidentialItem.getId(), "Amended " + w("amendment to approved minutes"),
                "Reason " + w("reason for the amendment"), "business.unit");
        minutesBook.publish(p, openMeeting.getId(), meetings.find(p, openMeeting.getId()).orElseThrow().getVersion());

        // A confidential finding given to the ordinary group, with an action owned by West Mercia Police.
        planting("confidential learning finding of an ordinary group", Audience.CONFIDENTIAL_BUSINESS);
        var finding = learning.recordFinding(p, new FindingDetails(LearningSource.AUDIT, "Audit " + w("source reference"),
                today.minusDays(5), "Finding " + w("finding"), "Recommendation " + w("recommendation"), Set.of(), true,
                open.getId()), "business.unit");
        var findingAction = learning.raiseAction(businessUnit, p, finding.getId(),
                "Finding action " + w("confidential action (owned by West Mercia Police)"), Set.of(), Set.of(police), false, due);
        actionIds.add(findingAction.getId());

        // Ordinary Shropshire records: readable by every Shropshire role, by no other partnership and not the public.
        planting("ordinary action", Audience.SHROPSHIRE);
        var ordinaryAction = tracker.raise(new RaiseAction(p, lit, "Ordinary action " + w("description"), Set.of(), Set.of(police),
                false, due, ActionSource.raisedDirectly(), "business.unit"));
        actionIds.add(ordinaryAction.getId());
        planting("draft learning briefing", Audience.SHROPSHIRE);
        var briefing = briefings.write(p, new BriefingText("Briefing " + w("title"), "Background " + w("background"),
                "Learning " + w("learning"), "Why " + w("why it matters"), "What " + w("what to do"),
                "Reflect " + w("reflection"), null));

        // Case review records, through the workflow to a local practice review with a finding and its action.
        planting("case referral", Audience.CASE_REVIEW_READERS);
        var child = new ChildRecord(bare("case reference"), "Child " + bare("pseudonym"), AgeBand.AGED_5_TO_10);
        var referral = referrals.refer(p, child, "Happened " + w("what happened"), "Agencies " + w("agencies involved"),
                "Criteria " + w("why it meets the criteria"), SuggestedRoute.SERIOUS_INCIDENT, "business.unit");
        referrals.triage(p, referral.getId(), referral.getVersion(), TriageOutcome.ACCEPTED_SERIOUS_INCIDENT,
                "Triage " + w("triage reasons"), "business.unit");
        planting("incident notification", Audience.CASE_REVIEW_READERS);
        var aware = today.minusDays(9);
        var notification = notifications.notify(p, referral.getId(), child, "Incident " + w("incident"), aware,
                new NotificationDates(aware.plusDays(2), aware.plusDays(2), aware.plusDays(3)), "business.unit");
        planting("rapid review", Audience.CASE_REVIEW_READERS);
        var rapid = rapidReviews.start(p, notification.getId());
        var request = informationRequests.request(p, rapid.getId(), health, today.plusDays(2));
        planting("information request submission", Audience.CASE_REVIEW_READERS);
        informationRequests.submit(p, request.getId(), request.getVersion(), "Involvement " + w("involvement"),
                "Analysis " + w("analysis"), "Learning " + w("learning"),
                UploadedDocument.check("chronology.pdf", TestDocuments.pdf("Chronology " + w("chronology text (PDF)"))),
                "business.unit");
        planting("rapid review", Audience.CASE_REVIEW_READERS);
        rapidReviews.raiseSafetyAction(p, rapid.getId(), "Safety action " + w("immediate safety action (owned by West Mercia Police)"),
                police, due, "business.unit");
        rapidReviews.recommend(p, rapid.getId(), version(p, rapid.getId()), ReviewRoute.LOCAL_PRACTICE_REVIEW,
                "Recommend " + w("recommendation reasons"));
        rapidReviews.scrutinise(p, rapid.getId(), version(p, rapid.getId()), "Scrutiny " + w("chair's scrutiny"), "chair");
        rapidReviews.decide(p, rapid.getId(), version(p, rapid.getId()), ReviewRoute.LOCAL_PRACTICE_REVIEW,
                "Decision " + w("decision reasons"));
        rapidReviews.sendToPanel(p, rapid.getId(), version(p, rapid.getId()), today);
        rapidReviews.recordPanelResponse(p, rapid.getId(), version(p, rapid.getId()), "Panel " + w("national Panel's response"), today);
        planting("local practice review", Audience.CASE_REVIEW_READERS);
        var local = practiceReviews.startLocal(p, rapid.getId());
        practiceReviews.describe(p, local.getId(), local.getVersion(), "Terms " + w("terms of reference"),
                "Reviewer " + w("reviewer"), "Panel " + w("review panel"), "Family " + w("family involvement"));
        practiceReviews.addMilestone(p, local.getId(), "Milestone " + w("milestone name"), today.plusDays(30));
        var report = practiceReviews.uploadReport(p, local.getId(), false,
                UploadedDocument.check("draft-report.pdf", TestDocuments.pdf("Report " + w("report text (PDF)"))), "business.unit");
        planting("local practice review's finding", Audience.JOINT_CASE_REVIEW_GROUP);
        var reviewFinding = practiceReviews.addFinding(p, local.getId(), "Finding " + w("finding"),
                "Recommendation " + w("recommendation"), Set.of(), "business.unit");
        practiceReviews.raiseAction(businessUnit, p, local.getId(), reviewFinding.getId(),
                "Review action " + w("action for the recommendation (owned by West Mercia Police)"), police, due);
        actionIds.addAll(jdbc.queryForList("select id from action where partnership_id = ? and description like ?", Long.class,
                p, "Safety action canary%"));
        actionIds.addAll(jdbc.queryForList("select id from action where partnership_id = ? and description like ?", Long.class,
                p, "Review action canary%"));

        long executiveMeeting = id("""
                select min(m.id) from meeting m where m.group_id = ? and m.held_on >= current_date""", executive);
        var shared = Map.of("partnership", "shropshire", "businessPlan", String.valueOf(businessPlan.getId()));
        var bindings = List.of(
                bind(shared, "group", secret.getId(), "meeting", secretMeeting.getId(), "item", secretItem.getId(),
                        "paper", secretPaper.getId(), "version", terms.getId(), "action", actionIds.get(0),
                        "risk", risk.getId(), "activity", activity.getId(), "challenge", challenge.getId()),
                bind(shared, "group", secret.getId(), "meeting", secretNext.getId(), "action", actionIds.get(1)),
                bind(shared, "group", open.getId(), "meeting", openMeeting.getId(), "item", confidentialItem.getId(),
                        "paper", confidentialPaper.getId(), "action", actionIds.get(2), "learningFinding", finding.getId()),
                bind(shared, "group", open.getId(), "meeting", openNext.getId(), "item", ordinaryItem.getId(),
                        "action", findingAction.getId(), "briefing", briefing.getId()),
                bind(shared, "group", executive, "meeting", executiveMeeting, "action", ordinaryAction.getId()),
                bind(shared, "referral", referral.getId(), "notification", notification.getId(), "rapidReview", rapid.getId(),
                        "informationRequest", request.getId(), "practiceReview", local.getId(), "report", report.getId(),
                        "learningFinding", reviewFinding.getId(), "action", actionIds.getLast()),
                bind(shared, "action", actionIds.get(actionIds.size() - 2)));
        return new Planted(Map.copyOf(canaries), bindings, memberUsername, memberEmail, List.copyOf(actionIds));
    }

    private static Map<String, String> bind(Map<String, String> shared, Object... pairs) {
        var map = new LinkedHashMap<>(shared);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return map;
    }

    private int version(long partnershipId, long rapidReviewId) {
        return rapidReviews.find(partnershipId, rapidReviewId).orElseThrow().getVersion();
    }

    public CurrentUser as(String username) {
        var accountId = accounts.byUsername(username).orElseThrow().getId();
        HubPrincipal principal = () -> accountId;
        return accounts.currentUser(principal).orElseThrow();
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long organisation(long partnershipId, String name) {
        return organisations.in(partnershipId).stream().filter(o -> o.organisation().getName().equals(name)).findFirst()
                .orElseThrow().organisation().getId();
    }
}

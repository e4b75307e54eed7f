package org.safeguardinghub.demo;

import static org.safeguardinghub.partnership.GroupKind.BOARD;
import static org.safeguardinghub.partnership.GroupKind.EXECUTIVE;
import static org.safeguardinghub.partnership.GroupKind.REFERENCE;
import static org.safeguardinghub.partnership.GroupKind.SUBGROUP;
import static org.safeguardinghub.partnership.GroupKind.TASK_AND_FINISH;
import static org.safeguardinghub.partnership.MembershipRole.ADVISER;
import static org.safeguardinghub.partnership.MembershipRole.BUSINESS_UNIT_SUPPORT;
import static org.safeguardinghub.partnership.MembershipRole.CHAIR;
import static org.safeguardinghub.partnership.MembershipRole.MEMBER;
import static org.safeguardinghub.partnership.MembershipRole.VICE_CHAIR;
import static org.safeguardinghub.partnership.OrganisationType.EDUCATION;
import static org.safeguardinghub.partnership.OrganisationType.INTEGRATED_CARE_BOARD;
import static org.safeguardinghub.partnership.OrganisationType.LOCAL_AUTHORITY;
import static org.safeguardinghub.partnership.OrganisationType.OTHER;
import static org.safeguardinghub.partnership.OrganisationType.POLICE;
import static org.safeguardinghub.partnership.OrganisationType.RELEVANT_AGENCY;
import static org.safeguardinghub.partnership.OrganisationType.VOLUNTARY;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionStatus;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.learning.BriefingText;
import org.safeguardinghub.learning.Briefings;
import org.safeguardinghub.learning.FindingDetails;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.learning.LearningSource;
import org.safeguardinghub.learning.LearningTheme;
import org.safeguardinghub.meetings.AgendaItemKind;
import org.safeguardinghub.meetings.AttendanceRegister;
import org.safeguardinghub.meetings.AttendanceStatus;
import org.safeguardinghub.meetings.MattersRaised;
import org.safeguardinghub.meetings.MeetingDiary;
import org.safeguardinghub.meetings.MinutesBook;
import org.safeguardinghub.meetings.ScheduleMeeting;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.MembershipRole;
import org.safeguardinghub.partnership.OrganisationType;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.safeguardinghub.plans.BusinessPlan;
import org.safeguardinghub.plans.BusinessPlans;
import org.safeguardinghub.plans.Rag;
import org.safeguardinghub.plans.StrategicPlans;
import org.safeguardinghub.risks.Appetite;
import org.safeguardinghub.risks.Rating;
import org.safeguardinghub.risks.RiskDetails;
import org.safeguardinghub.risks.RiskRegister;
import org.safeguardinghub.scrutiny.ChallengeLog;
import org.safeguardinghub.scrutiny.IndependentScrutiny;
import org.safeguardinghub.scrutiny.RaisedBy;
import org.safeguardinghub.scrutiny.ScrutinyKind;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo partnerships modelled on the published arrangements in the seed documents: one like
 * Shropshire's (seeds 000 and 004) and one like Staffordshire's (seed 002), sharing a police force,
 * an NHS trust, the Probation Service and Cafcass. Organisation names are real; every person is
 * fictional. There is no child data.
 */
@org.springframework.stereotype.Component
public class DemoData {

    /** Every demo account signs in with this password. */
    public static final String PASSWORD = "safeguarding-demo-2026";

    /**
     * Every demo login has two-factor sign-in set up with this published secret: add it to an
     * authenticator app (as a setup key) to get the codes. Never use a published secret for real.
     */
    public static final String DEMO_TOTP_SECRET = "HUBDEMOSAFEGUARDINGPARTNERSHIP23";

    /** Recovery codes every demo login has; each works once for each login. */
    public static final List<String> DEMO_RECOVERY_CODES = java.util.stream.IntStream.rangeClosed(1, 10)
            .mapToObj(n -> "demo-code-spare-%04d".formatted(n)).toList();

    public record DemoLogin(String username, String description) {
    }

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("business.unit", "business unit, Shropshire: keeps the structure"),
            new DemoLogin("chair", "independent chair and scrutineer, both partnerships"),
            new DemoLogin("partner", "delegated safeguarding partner, Shropshire"),
            new DemoLogin("agency.rep", "agency representative for West Mercia Police, both partnerships"),
            new DemoLogin("member", "group member, Shropshire (sits on the joint case review subgroup)"),
            new DemoLogin("read.only", "read only, Shropshire"),
            new DemoLogin("staffs.unit", "business unit, Staffordshire"),
            new DemoLogin("admin", "system administrator: accounts, audit trail, outbox"));

    private final Partnerships partnerships;
    private final Organisations organisations;
    private final People people;
    private final PartnershipStructure structure;
    private final Accounts accounts;
    private final ActionTracker tracker;
    private final MeetingDiary meetings;
    private final AttendanceRegister register;
    private final MinutesBook minutesBook;
    private final MattersRaised matters;
    private final StrategicPlans strategicPlans;
    private final BusinessPlans businessPlans;
    private final RiskRegister risks;
    private final ChallengeLog challenges;
    private final IndependentScrutiny scrutiny;
    private final LearningRegister learning;
    private final Briefings briefings;
    private final org.safeguardinghub.reviews.JointCaseReviewGroup reviewGroup;
    private final org.safeguardinghub.reviews.CaseReferrals referrals;
    private final org.safeguardinghub.reviews.IncidentNotifications notifications;
    private final org.safeguardinghub.reviews.RapidReviews rapidReviews;
    private final org.safeguardinghub.reviews.InformationRequests informationRequests;
    private final org.safeguardinghub.reviews.PracticeReviews practiceReviews;
    private final org.safeguardinghub.accounts.TwoFactorSignIn twoFactor;

    DemoData(Partnerships partnerships, Organisations organisations, People people, PartnershipStructure structure,
            Accounts accounts, ActionTracker tracker, MeetingDiary meetings, AttendanceRegister register,
            MinutesBook minutesBook, MattersRaised matters, StrategicPlans strategicPlans,
            BusinessPlans businessPlans, RiskRegister risks, ChallengeLog challenges, IndependentScrutiny scrutiny,
            LearningRegister learning, Briefings briefings,
            org.safeguardinghub.reviews.JointCaseReviewGroup reviewGroup, org.safeguardinghub.reviews.CaseReferrals referrals,
            org.safeguardinghub.reviews.IncidentNotifications notifications, org.safeguardinghub.reviews.RapidReviews rapidReviews,
            org.safeguardinghub.reviews.InformationRequests informationRequests, org.safeguardinghub.reviews.PracticeReviews practiceReviews,
            org.safeguardinghub.accounts.TwoFactorSignIn twoFactor) {
        this.twoFactor = twoFactor;
        this.reviewGroup = reviewGroup;
        this.referrals = referrals;
        this.notifications = notifications;
        this.rapidReviews = rapidReviews;
        this.informationRequests = informationRequests;
        this.practiceReviews = practiceReviews;
        this.learning = learning;
        this.briefings = briefings;
        this.risks = risks;
        this.challenges = challenges;
        this.scrutiny = scrutiny;
        this.meetings = meetings;
        this.register = register;
        this.minutesBook = minutesBook;
        this.matters = matters;
        this.strategicPlans = strategicPlans;
        this.businessPlans = businessPlans;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
        this.structure = structure;
        this.accounts = accounts;
        this.tracker = tracker;
    }

    public boolean isLoaded() {
        return partnerships.bySlug("shropshire").isPresent();
    }

    /** Loads the demo partnerships once; does nothing if they are there already. */
    @Transactional
    public void load() {
        if (isLoaded()) {
            return;
        }
        var shropshire = new Builder(partnerships.create("shropshire", "Shropshire Safeguarding Community Partnership",
                "Shropshire Council area").getId());
        var staffordshire = new Builder(partnerships.create("staffordshire", "Staffordshire Safeguarding Children Board",
                "Staffordshire County Council area").getId());
        var demo = new Demo(shropshire, staffordshire);
        demo.shropshireOrganisations();
        demo.shropshireGroups();
        demo.shropshirePeople();
        demo.shropshireSeats();
        demo.shropshireSubgroupSeats();
        demo.staffordshire();
        demo.staffordshireSeats();
        demo.demoLogins();
        demo.oversightMeeting();
        demo.oversightMinutes();
        demo.nextMeetings();
        demo.trackerActions();
        demo.shropshireReviewsAndStrategy();
    }

    /**
     * The two demo partnerships, made stage by stage. The groups and people a stage makes are kept here
     * for the later stages, which seat them, give them logins and minute their meetings.
     */
    private final class Demo {
        final Builder shropshire;
        final Builder staffordshire;
        final long shropshireId;
        final long staffordshireId;
        Group board, executive, qap, policy, lit, exploitation, jcr, practice, schools, providers, neglect;
        Group staffsBoard, staffsExec, staffsScrutiny, staffsLearning;
        Person chair, dcs, nurse, superintendent, manager, development, coordinator, designatedNurse, inspector,
                inspectorDeputy, adChildren, adEducation, qaManager, workforce, ccgLead, mpft, probation, yjs,
                hospital, community, fire, yss, crc, schoolsLead, college, earlyYears, staffsChair, staffsNurse,
                staffsPolice, staffsManager, staffsEducation;
        org.safeguardinghub.meetings.Meeting oversight;
        org.safeguardinghub.meetings.AgendaItem welcome, previousActions, termsOfReference, strategic, cases;

        Demo(Builder shropshire, Builder staffordshire) {
            this.shropshire = shropshire;
            this.staffordshire = staffordshire;
            this.shropshireId = shropshire.partnershipId;
            this.staffordshireId = staffordshire.partnershipId;
        }

        /** Shropshire's partners and relevant agencies, as its published arrangements list them. */
        void shropshireOrganisations() {
            var since = LocalDate.of(2019, 9, 29);

            shropshire.organisation("Shropshire Council", LOCAL_AUTHORITY, since);
            shropshire.organisation("Shropshire Telford and Wrekin Integrated Care Board", INTEGRATED_CARE_BOARD, LocalDate.of(2022, 7, 1));
            shropshire.organisation("West Mercia Police", POLICE, since);
            shropshire.organisation("The Probation Service", RELEVANT_AGENCY, since);
            shropshire.organisation("Youth Justice Service", RELEVANT_AGENCY, since);
            shropshire.organisation("Shropshire Community Health NHS Trust", RELEVANT_AGENCY, since);
            shropshire.organisation("Shrewsbury and Telford Hospital NHS Trust", RELEVANT_AGENCY, since);
            shropshire.organisation("Robert Jones and Agnes Hunt Orthopaedic Hospital", RELEVANT_AGENCY, since);
            shropshire.organisation("Midlands Partnership NHS Foundation Trust", RELEVANT_AGENCY, since);
            shropshire.organisation("NHS England", RELEVANT_AGENCY, since);
            shropshire.organisation("Cafcass", RELEVANT_AGENCY, since);
            shropshire.organisation("Shropshire Fire and Rescue Service", RELEVANT_AGENCY, since);
            shropshire.organisation("Shrewsbury Colleges Group", EDUCATION, since);
            shropshire.organisation("YSS", VOLUNTARY, since);
            shropshire.organisation("We Are With You", VOLUNTARY, since);
            shropshire.organisation("Shropshire Domestic Abuse Service", VOLUNTARY, since);
            shropshire.organisation("Community Rehabilitation Company", RELEVANT_AGENCY, since);
            shropshire.leaves("Community Rehabilitation Company", LocalDate.of(2021, 6, 26));
        }

        /** Shropshire's board, executive, subgroups, reference groups and a task and finish group. */
        void shropshireGroups() {
            board = shropshire.group(null, "Shropshire Safeguarding Community Partnership", BOARD,
                    "Sets strategic direction, holds agencies to account and scrutinises how well children are safeguarded across Shropshire.",
                    "Four members' meetings and two challenge days a year", false);
            executive = shropshire.group(board, "Executive Group", EXECUTIVE,
                    "Reviews progress against the partnership's priorities through the business plan and decides what goes to the partnership.",
                    "Four times a year", false);
            qap = shropshire.group(executive, "Quality Assurance and Performance Subgroup", SUBGROUP,
                    "Collates data and intelligence across the partnership, runs multi-agency audits and co-ordinates the Section 11 response.",
                    "Four times a year", false);
            policy = shropshire.group(executive, "Policy and Procedures Subgroup", SUBGROUP,
                    "Adopts regional procedures and makes sure local pathways and guidance are in place.", "Twice a year", false);
            lit = shropshire.group(executive, "Learning, Improvement and Training Subgroup", SUBGROUP,
                    "Co-ordinates multi-agency safeguarding training and spreads the learning from reviews.", "Four times a year", false);
            exploitation = shropshire.group(executive, "Exploitation Subgroup", SUBGROUP,
                    "Oversees how well agencies safeguard children at risk of exploitation, missing, trafficking and county lines.",
                    "Four times a year", false);
            jcr = shropshire.group(executive, "Joint Case Review Subgroup", SUBGROUP,
                    "Considers serious incidents, runs rapid reviews and oversees child safeguarding practice reviews.",
                    "Monthly, and within the rapid review timescale when needed", true);
            practice = shropshire.group(executive, "Children's Safeguarding and Protection Practice Oversight Group", SUBGROUP,
                    "Oversees safeguarding and child protection practice, including the neglect strategy.", "Every two months", false);
            schools = shropshire.group(executive, "Schools Safeguarding Group", REFERENCE,
                    "Brings primary, secondary and independent schools together with the partnership.", "Termly", false);
            shropshire.group(schools, "Independent Schools Safeguarding Group", REFERENCE,
                    "Keeps independent schools up to date; reports to the partnership through the Schools Safeguarding Group.",
                    "Termly", false);
            providers = shropshire.group(executive, "Private Providers Forum", REFERENCE,
                    "Works with private providers of residential children's homes in Shropshire.", "Quarterly", false);
            neglect = shropshire.groupEnding(practice, "Neglect Toolkit Task and Finish Group",
                    "Revises the neglect toolkit and its training.", "Monthly", LocalDate.of(2027, 3, 31));
        }

        /** Shropshire's people (all fictional), and the agencies' safeguarding leads among them. */
        void shropshirePeople() {
            chair = shropshire.person("Margaret", "Ellison", "Independent Chair and Scrutineer");
            dcs = shropshire.person("Rachel", "Okafor", "Executive Director for People");
            nurse = shropshire.person("Helen", "Marsh", "Chief Nurse");
            superintendent = shropshire.person("David", "Pryce", "Chief Superintendent");
            manager = shropshire.person("Joanne", "Whitfield", "Partnership Business Manager");
            development = shropshire.person("Priya", "Sandhu", "Development Officer");
            coordinator = shropshire.person("Tom", "Beckett", "Learning and Development Co-ordinator");
            designatedNurse = shropshire.person("Claire", "Hartley", "Designated Nurse for Safeguarding");
            inspector = shropshire.person("Gareth", "Lloyd", "Detective Chief Inspector");
            inspectorDeputy = shropshire.person("Sian", "Morgan", "Detective Inspector");
            adChildren = shropshire.person("Mark", "Fenwick", "Assistant Director, Children's Social Care");
            adEducation = shropshire.person("Alison", "Grant", "Assistant Director, Education and Achievement");
            qaManager = shropshire.person("Kate", "Brennan", "Service Manager, Quality Assurance and Performance");
            workforce = shropshire.person("Simon", "Ashworth", "Children's Workforce and Learning Manager");
            ccgLead = shropshire.person("Fiona", "Wallace", "Children's Safeguarding Lead");
            mpft = shropshire.person("Naomi", "Kerr", "Head of Strategic Safeguarding");
            probation = shropshire.person("Colin", "Reeve", "Head of Service");
            yjs = shropshire.person("Amy", "Turner", "Team Manager");
            hospital = shropshire.person("Lucy", "Hammond", "Safeguarding Lead for Children");
            community = shropshire.person("Beth", "Carter", "Nurse Specialist, Safeguarding Children");
            fire = shropshire.person("Rob", "Hughes", "Area Manager");
            yss = shropshire.person("Jenny", "Price", "Operations Manager");
            crc = shropshire.person("Paul", "Noble", "Senior Probation Officer");
            schoolsLead = shropshire.person("Hannah", "Reid", "Education Access and Safeguarding Officer");
            college = shropshire.person("Owen", "Davies", "Designated Safeguarding Lead");
            earlyYears = shropshire.person("Nicola", "Pearce", "Safeguarding Officer, Early Years");
            shropshire.safeguardingLead("Shropshire Telford and Wrekin Integrated Care Board", ccgLead);
            shropshire.safeguardingLead("Shrewsbury and Telford Hospital NHS Trust", hospital);
            shropshire.safeguardingLead("Shropshire Community Health NHS Trust", community);
            shropshire.safeguardingLead("Midlands Partnership NHS Foundation Trust", mpft);
            shropshire.safeguardingLead("Shrewsbury Colleges Group", college);
        }

        /** Who sits on Shropshire's board, executive and first subgroups. */
        void shropshireSeats() {
            var start = LocalDate.of(2023, 4, 1);
            shropshire.seat(board, chair, null, CHAIR, null, start);
            shropshire.seat(board, dcs, "Shropshire Council", MEMBER, adChildren, start);
            shropshire.seat(board, nurse, "Shropshire Telford and Wrekin Integrated Care Board", MEMBER, designatedNurse, start);
            shropshire.seat(board, superintendent, "West Mercia Police", MEMBER, inspector, start);
            shropshire.seat(board, manager, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, start);

            shropshire.seat(executive, dcs, "Shropshire Council", CHAIR, adChildren, start);
            shropshire.seat(executive, designatedNurse, "Shropshire Telford and Wrekin Integrated Care Board", VICE_CHAIR, null, start);
            shropshire.seat(executive, inspector, "West Mercia Police", MEMBER, inspectorDeputy, start);
            shropshire.seat(executive, schoolsLead, "Shropshire Council", MEMBER, null, start);
            shropshire.seat(executive, probation, "The Probation Service", MEMBER, null, start);
            shropshire.seat(executive, manager, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, start);

            shropshire.seat(qap, qaManager, "Shropshire Council", CHAIR, null, start);
            shropshire.seat(qap, designatedNurse, "Shropshire Telford and Wrekin Integrated Care Board", MEMBER, null, start);
            shropshire.seat(qap, inspectorDeputy, "West Mercia Police", MEMBER, null, start);
            shropshire.seat(qap, hospital, "Shrewsbury and Telford Hospital NHS Trust", MEMBER, null, start);
            shropshire.seat(qap, development, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, start);

            shropshire.seat(policy, ccgLead, "Shropshire Telford and Wrekin Integrated Care Board", CHAIR, null, start);
            shropshire.seat(policy, community, "Shropshire Community Health NHS Trust", MEMBER, null, start);
            shropshire.seat(policy, development, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, start);

            shropshire.seat(lit, workforce, "Shropshire Council", CHAIR, null, start);
            shropshire.seat(lit, coordinator, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, start);
            shropshire.seat(lit, college, "Shrewsbury Colleges Group", MEMBER, null, start);
            shropshire.seat(lit, fire, "Shropshire Fire and Rescue Service", MEMBER, null, start);
        }

        /** Who sits on Shropshire's other subgroups and groups. */
        void shropshireSubgroupSeats() {
            var start = LocalDate.of(2023, 4, 1);
            // The exploitation subgroup's chair moved on in March 2025 and no one has been appointed yet.
            shropshire.seatEnded(exploitation, inspector, "West Mercia Police", CHAIR, start, LocalDate.of(2025, 3, 31));
            shropshire.seat(exploitation, yjs, "Youth Justice Service", MEMBER, null, start);
            shropshire.seat(exploitation, yss, "YSS", MEMBER, null, start);
            shropshire.seat(exploitation, crc, "Community Rehabilitation Company", MEMBER, null, LocalDate.of(2020, 1, 1));

            shropshire.seat(jcr, mpft, "Midlands Partnership NHS Foundation Trust", CHAIR, null, start);
            shropshire.seat(jcr, adChildren, "Shropshire Council", MEMBER, null, start);
            shropshire.seat(jcr, inspectorDeputy, "West Mercia Police", MEMBER, null, start);
            shropshire.seat(jcr, designatedNurse, "Shropshire Telford and Wrekin Integrated Care Board", MEMBER, null, start);
            shropshire.seat(jcr, development, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, start);

            var oversightStart = LocalDate.of(2023, 5, 17);
            shropshire.seat(practice, dcs, "Shropshire Council", CHAIR, null, oversightStart);
            shropshire.seat(practice, designatedNurse, "Shropshire Telford and Wrekin Integrated Care Board", MEMBER, null, oversightStart);
            shropshire.seat(practice, adChildren, "Shropshire Council", MEMBER, null, oversightStart);
            shropshire.seat(practice, hospital, "Shrewsbury and Telford Hospital NHS Trust", MEMBER, null, oversightStart);
            shropshire.seat(practice, inspectorDeputy, "West Mercia Police", MEMBER, null, oversightStart);
            shropshire.seat(practice, mpft, "Midlands Partnership NHS Foundation Trust", MEMBER, null, oversightStart);
            shropshire.seat(practice, community, "Shropshire Community Health NHS Trust", MEMBER, null, oversightStart);
            shropshire.seat(practice, yjs, "Youth Justice Service", MEMBER, null, oversightStart);
            shropshire.seat(practice, probation, "The Probation Service", MEMBER, null, oversightStart);
            shropshire.seat(practice, adEducation, "Shropshire Council", MEMBER, null, oversightStart);
            shropshire.seat(practice, earlyYears, "Shropshire Council", MEMBER, null, oversightStart);
            shropshire.seat(practice, fire, "Shropshire Fire and Rescue Service", MEMBER, null, oversightStart);
            shropshire.seat(practice, yss, "YSS", MEMBER, null, oversightStart);
            shropshire.seat(practice, development, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, oversightStart);
            shropshire.seat(practice, coordinator, "Shropshire Council", BUSINESS_UNIT_SUPPORT, null, oversightStart);

            shropshire.seat(schools, schoolsLead, "Shropshire Council", CHAIR, null, start);
            shropshire.seat(schools, college, "Shrewsbury Colleges Group", MEMBER, null, start);
            shropshire.seat(schools, manager, "Shropshire Council", ADVISER, null, start);
            shropshire.seat(providers, dcs, "Shropshire Council", CHAIR, null, start);
            shropshire.seat(neglect, earlyYears, "Shropshire Council", CHAIR, null, LocalDate.of(2025, 9, 1));
            shropshire.seat(neglect, community, "Shropshire Community Health NHS Trust", MEMBER, null, LocalDate.of(2025, 9, 1));
        }

        /** Staffordshire: a second partnership sharing West Mercia Police, Midlands Partnership NHS Foundation Trust, the Probation Service and Cafcass with Shropshire. */
        void staffordshire() {
            var staffsSince = LocalDate.of(2021, 1, 1);
            staffordshire.organisation("Staffordshire County Council", LOCAL_AUTHORITY, staffsSince);
            staffordshire.organisation("Staffordshire and Stoke-on-Trent Integrated Care Board", INTEGRATED_CARE_BOARD, LocalDate.of(2022, 7, 1));
            staffordshire.organisation("West Mercia Police", POLICE, staffsSince);
            staffordshire.organisation("Midlands Partnership NHS Foundation Trust", RELEVANT_AGENCY, staffsSince);
            staffordshire.organisation("The Probation Service", RELEVANT_AGENCY, staffsSince);
            staffordshire.organisation("Cafcass", RELEVANT_AGENCY, staffsSince);
            staffordshire.organisation("HMYOI Werrington", RELEVANT_AGENCY, staffsSince);
            staffordshire.organisation("Entrust", OTHER, staffsSince);
            staffordshire.organisation("Education Safeguarding Advice Service", EDUCATION, staffsSince);

            staffsBoard = staffordshire.group(null, "Staffordshire Safeguarding Children Board", BOARD,
                    "Makes sure agencies work together so that every child in Staffordshire is safe, well and able to reach their full potential.",
                    "Quarterly", false);
            staffsExec = staffordshire.group(staffsBoard, "Executive Group", EXECUTIVE,
                    "Drives the business plan and the board's priorities: neglect of under-1s, child exploitation and the voice of the child.",
                    "Quarterly", false);
            staffsScrutiny = staffordshire.group(staffsExec, "Scrutiny and Assurance Group", SUBGROUP,
                    "Seeks assurance on the arrangements, including review of the thresholds document.", "Every two months", false);
            staffsLearning = staffordshire.group(staffsExec, "Learning and Development Group", SUBGROUP,
                    "Owns the multi-agency training offer and spreads the learning from local and national reviews.", "Quarterly", false);
            staffordshire.groupEnding(staffsExec, "Neglect of Under-1s Task and Finish Group",
                    "Strengthens the tools and governance for babies at risk of neglect.", "Monthly", LocalDate.of(2026, 12, 31));

            staffsChair = staffordshire.person("Andrew", "Boyd", "Deputy Chief Executive");
            staffsNurse = staffordshire.person("Grace", "Osei", "Executive Director of Nursing and Quality");
            staffsPolice = staffordshire.person("Kieran", "Walsh", "Assistant Chief Constable");
            staffsManager = staffordshire.person("Emma", "Lowe", "Board Manager");
            staffsEducation = staffordshire.person("Ruth", "Bailey", "Education Safeguarding Adviser");
            staffordshire.add(chair);
            staffordshire.add(mpft);
        }

        /** Who sits on Staffordshire's groups. */
        void staffordshireSeats() {
            var staffsSince = LocalDate.of(2021, 1, 1);
            staffordshire.seat(staffsBoard, chair, null, CHAIR, null, staffsSince);
            staffordshire.seat(staffsBoard, staffsChair, "Staffordshire County Council", MEMBER, null, staffsSince);
            staffordshire.seat(staffsBoard, staffsNurse, "Staffordshire and Stoke-on-Trent Integrated Care Board", MEMBER, null, staffsSince);
            staffordshire.seat(staffsBoard, staffsPolice, "West Mercia Police", MEMBER, null, staffsSince);
            staffordshire.seat(staffsBoard, staffsManager, "Staffordshire County Council", BUSINESS_UNIT_SUPPORT, null, staffsSince);
            // The executive is missing its integrated care board member: the overview shows the gap.
            staffordshire.seat(staffsExec, staffsChair, "Staffordshire County Council", CHAIR, null, staffsSince);
            staffordshire.seat(staffsExec, staffsPolice, "West Mercia Police", MEMBER, null, staffsSince);
            staffordshire.seat(staffsExec, mpft, "Midlands Partnership NHS Foundation Trust", MEMBER, null, staffsSince);
            staffordshire.seat(staffsScrutiny, staffsNurse, "Staffordshire and Stoke-on-Trent Integrated Care Board", CHAIR, null, staffsSince);
            staffordshire.seat(staffsLearning, staffsEducation, "Education Safeguarding Advice Service", CHAIR, null, staffsSince);
        }

        /** The demo logins, each with its roles and two-factor sign-in. */
        void demoLogins() {
            var police = shropshire.organisations.get("West Mercia Police");
            accounts.create("admin", "admin@hub.example", "Sam Administrator", PASSWORD, true, null);
            grant(accounts.create("business.unit", "joanne.whitfield@hub.example", "Joanne Whitfield", PASSWORD, false,
                    manager.getId()).getId(), shropshireId, Role.BUSINESS_UNIT, null);
            var chairAccount = accounts.create("chair", "margaret.ellison@hub.example", "Margaret Ellison", PASSWORD, false, chair.getId());
            grant(chairAccount.getId(), shropshireId, Role.CHAIR, null);
            grant(chairAccount.getId(), staffordshireId, Role.CHAIR, null);
            grant(accounts.create("partner", "helen.marsh@hub.example", "Helen Marsh", PASSWORD, false, nurse.getId()).getId(),
                    shropshireId, Role.PARTNER, null);
            var agency = accounts.create("agency.rep", "gareth.lloyd@hub.example", "Gareth Lloyd", PASSWORD, false, inspector.getId());
            grant(agency.getId(), shropshireId, Role.AGENCY_REPRESENTATIVE, police);
            grant(agency.getId(), staffordshireId, Role.AGENCY_REPRESENTATIVE, police);
            grant(accounts.create("member", "sian.morgan@hub.example", "Sian Morgan", PASSWORD, false, inspectorDeputy.getId()).getId(),
                    shropshireId, Role.GROUP_MEMBER, null);
            grant(accounts.create("read.only", "owen.davies@hub.example", "Owen Davies", PASSWORD, false, college.getId()).getId(),
                    shropshireId, Role.READ_ONLY, null);
            grant(accounts.create("staffs.unit", "emma.lowe@hub.example", "Emma Lowe", PASSWORD, false, staffsManager.getId()).getId(),
                    staffordshireId, Role.BUSINESS_UNIT, null);
            twoFactor.setUpForDemo(LOGINS.stream().map(l -> accounts.byUsername(l.username()).orElseThrow().getId()).toList(),
                    DEMO_TOTP_SECRET, DEMO_RECOVERY_CODES);
        }

        /** The oversight group's meeting five weeks ago: its agenda and who came. */
        void oversightMeeting() {
            var today = LocalDate.now();
            oversight = meetings.schedule(new ScheduleMeeting(shropshireId, practice.getId(), today.minusWeeks(5),
                    LocalTime.of(14, 15), LocalTime.of(16, 45), null, "https://teams.example.org/l/meetup-join/oversight"));
            var agenda = meetings.agenda(oversight.getId());
            welcome = agenda.getFirst();
            previousActions = agenda.stream().filter(i -> i.getKind() == AgendaItemKind.PREVIOUS_ACTIONS).findFirst().orElseThrow();
            termsOfReference = meetings.addItem(shropshireId, oversight.getId(), "Terms of reference (including membership)",
                    "Chair", false);
            strategic = meetings.addItem(shropshireId, oversight.getId(), "Strategic action plan: success statements",
                    "Rachel Okafor", false);
            cases = meetings.addItem(shropshireId, oversight.getId(), "Cases for consideration", "Naomi Kerr", true);
            var sheet = register.attendanceSheet(shropshireId, oversight);
            var entries = new java.util.ArrayList<AttendanceRegister.AttendanceEntry>();
            for (var row : sheet) {
                var status = row.personId() == fire.getId() ? AttendanceStatus.APOLOGIES
                        : row.personId() == yss.getId() ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                entries.add(new AttendanceRegister.AttendanceEntry(row.personId(), status, null));
            }
            register.recordAttendance(shropshireId, oversight.getId(), oversight.getVersion(), entries, true);
            register.addAttendee(shropshireId, oversight.getId(), manager.getId(), shropshire.organisations.get("Shropshire Council"));
            register.setQuorumRule(shropshireId, practice.getId(), 0, true, null);
        }

        /** The oversight meeting's minutes, decisions and actions; circulated, and wait for approval at the next meeting. */
        void oversightMinutes() {
            var today = LocalDate.now();
            minutesBook.writeNotes(shropshireId, oversight.getId(), welcome.getId(), welcome.getVersion(),
                    "Members introduced themselves. No conflicts of interest were declared. All partners committed to the confidentiality statement.");
            minutesBook.writeNotes(shropshireId, oversight.getId(), termsOfReference.getId(), termsOfReference.getVersion(),
                    "CR asked that the terms of reference say the Head of Probation attends and the deputy head deputises. "
                            + "AG said more work was needed on membership to cover a range of colleagues, and asked that primary "
                            + "and secondary schools be included.");
            minutesBook.recordDecision(shropshireId, oversight.getId(), termsOfReference.getId(),
                    "The group agreed the terms of reference.", "business.unit");
            minutesBook.raiseAction(shropshireId, oversight.getId(), termsOfReference.getId(),
                    "Link with the development officer about including primary and secondary school colleagues in the membership list",
                    Set.of(adEducation.getId()), Set.of(), false, today.plusWeeks(3), "business.unit");
            var membershipList = tracker.find(asBusinessUnit(shropshireId, manager), shropshireId,
                    minutesBook.raiseAction(shropshireId, oversight.getId(), termsOfReference.getId(),
                            "Make sure agencies are included with the roles in the membership list in the terms of reference",
                            Set.of(development.getId()), Set.of(), false, today.minusWeeks(1), "business.unit")).orElseThrow().action();
            tracker.addUpdate(asBusinessUnit(shropshireId, manager), shropshireId, membershipList.getId(), membershipList.getVersion(),
                    "Membership list revised with each agency and role; circulated with the papers for the next meeting",
                    ActionStatus.DONE_BY_OWNER);
            minutesBook.raiseAction(shropshireId, oversight.getId(), previousActions.getId(),
                    "Respond to the ongoing actions on the tracker within seven days", Set.of(), Set.of(), true,
                    today.minusWeeks(4), "business.unit");
            minutesBook.writeNotes(shropshireId, oversight.getId(), strategic.getId(), strategic.getVersion(),
                    "Partners agreed success statements: fewer under-fives referred because of significant harm; more "
                            + "information shared, more often; more prevention work with families; learning embedded, with fewer "
                            + "repeated points of learning; the voice of the child influencing outcomes.");
            matters.raiseMatter(shropshireId, oversight.getId(), strategic.getId(),
                    "The group asks the Executive how learning briefings are checked to reach front-line staff, as the same learning keeps recurring in reviews.");
            minutesBook.writeNotes(shropshireId, oversight.getId(), cases.getId(), cases.getVersion(),
                    "Two cases were considered against the criteria for a rapid review. Details are held in the case review records.");
            minutesBook.recordDecision(shropshireId, oversight.getId(), cases.getId(),
                    "One case to be referred to the Joint Case Review Subgroup for a rapid review.", "business.unit");
            minutesBook.recordDifferenceMade(shropshireId, oversight.getId(),
                    meetings.find(shropshireId, oversight.getId()).orElseThrow().getVersion(),
                    "Agencies will be named with their roles in the membership, so families' needs are seen by the right people.");
            minutesBook.circulate(shropshireId, oversight.getId(), meetings.find(shropshireId, oversight.getId()).orElseThrow().getVersion());
        }

        /** The next meetings of the oversight group and the executive. */
        void nextMeetings() {
            var today = LocalDate.now();
            var nextOversight = meetings.schedule(new ScheduleMeeting(shropshireId, practice.getId(), today.plusWeeks(3),
                    LocalTime.of(14, 0), LocalTime.of(16, 30), "Shirehall, Shrewsbury, Meeting Room 2", null));
            meetings.addItem(shropshireId, nextOversight.getId(), "Neglect toolkit: task and finish group report", "Nicola Pearce", false);
            var executiveMeeting = meetings.schedule(new ScheduleMeeting(shropshireId, executive.getId(), today.plusWeeks(2),
                    LocalTime.of(10, 0), LocalTime.of(12, 0), "Shirehall, Shrewsbury, Council Chamber",
                    "https://teams.example.org/l/meetup-join/executive"));
            meetings.addItem(shropshireId, executiveMeeting.getId(), "Business plan progress, quarter 2", "Joanne Whitfield", false);
        }

        /** Actions raised on the tracker directly, one of them closed. */
        void trackerActions() {
            var police = shropshire.organisations.get("West Mercia Police");
            tracker.raise(new RaiseAction(shropshireId, exploitation.getId(),
                    "Nominate a chair for the Exploitation Subgroup", Set.of(), Set.of(police), false,
                    LocalDate.of(2026, 1, 31), ActionSource.raisedDirectly(), "business.unit"));
            tracker.raise(new RaiseAction(shropshireId, jcr.getId(),
                    "Share the learning summary from the latest rapid review with the Learning, Improvement and Training Subgroup",
                    Set.of(mpft.getId()), Set.of(), false, LocalDate.of(2027, 1, 15), ActionSource.raisedDirectly(), "business.unit"));
            var closed = tracker.raise(new RaiseAction(shropshireId, lit.getId(),
                    "Refresh the multi-agency training calendar for the coming year", Set.of(coordinator.getId()), Set.of(), false,
                    LocalDate.of(2026, 3, 31), ActionSource.raisedDirectly(), "business.unit"));
            tracker.close(asBusinessUnit(shropshireId, manager), shropshireId, closed.getId(), closed.getVersion(),
                    "Calendar published in March; bookings open and two new courses on exploitation added");
        }

        /** Shropshire's case reviews, strategy, learning and practice reviews. */
        void shropshireReviewsAndStrategy() {
            shropshireCaseReview(shropshireId, jcr, LocalDate.now());

            shropshireStrategy(shropshireId, manager, Map.of("executive", executive, "exploitation", exploitation,
                    "practice", practice, "qap", qap, "lit", lit), Map.of("inspector", inspector, "nurse", nurse,
                    "qaManager", qaManager, "coordinator", coordinator, "adChildren", adChildren));
            shropshireLearning(shropshireId, manager, jcr, lit);
            shropshirePracticeReviews(shropshireId, manager);
        }
    }

    /**
     * A fictional local child safeguarding practice review ("the K children", decided today after a
     * rapid review) with its terms of reference and milestones, and a fictional domestic homicide
     * review from a neighbouring partnership with one finding, its recommendation and an action.
     */
    private void shropshirePracticeReviews(long partnershipId, Person manager) {
        var today = LocalDate.now();
        var child = new org.safeguardinghub.reviews.ChildRecord("SH-DEMO-0097", "the K children",
                org.safeguardinghub.reviews.AgeBand.AGED_5_TO_10);
        var aware = today.minusDays(30);
        var notification = notifications.notify(partnershipId, null, child,
                "Two children were found living in neglectful conditions after a long period of school absence.", aware,
                new org.safeguardinghub.reviews.NotificationDates(aware.plusDays(3), aware.plusDays(3), aware.plusDays(4)),
                "business.unit");
        var rapid = rapidReviews.start(partnershipId, notification.getId());
        rapidReviews.recommend(partnershipId, rapid.getId(), rapid.getVersion(),
                org.safeguardinghub.reviews.ReviewRoute.LOCAL_PRACTICE_REVIEW,
                "Learning about children missing education and neglect that no single agency saw whole.");
        rapidReviews.scrutinise(partnershipId, rapid.getId(), rapid.getVersion(),
                "The recommendation is well reasoned; the review should include the schools' attendance processes.", "chair");
        rapidReviews.decide(partnershipId, rapid.getId(), rapid.getVersion(),
                org.safeguardinghub.reviews.ReviewRoute.LOCAL_PRACTICE_REVIEW, "Partners agree with the recommendation.");
        rapidReviews.sendToPanel(partnershipId, rapid.getId(), rapid.getVersion(), today);
        var local = practiceReviews.startLocal(partnershipId, rapid.getId());
        practiceReviews.describe(partnershipId, local.getId(), local.getVersion(),
                "How well did agencies recognise and respond to neglect and persistent absence from school over the two years before the notification?",
                "An independent reviewer (fictional), appointed by the business unit", "Designated nurse; police detective inspector; "
                        + "head of service, children's social care; education safeguarding lead",
                "The family have been told about the review and invited to meet the reviewer.");

        var council = organisations.in(partnershipId).stream()
                .filter(o -> o.organisation().getName().equals("Shropshire Council")).findFirst().orElseThrow()
                .organisation().getId();
        var dhr = practiceReviews.recordFromElsewhere(partnershipId, org.safeguardinghub.reviews.ReviewKind.DOMESTIC_HOMICIDE_REVIEW,
                "Domestic homicide review Adult D (fictional)", "A neighbouring community safety partnership",
                "Children lived in the household; their experience of domestic abuse was not asked about.", today.minusMonths(3),
                null);
        var finding = practiceReviews.addFinding(partnershipId, dhr.getId(),
                "Practitioners working with the adults did not ask about the children in the household.",
                "Every agency's domestic abuse risk assessment asks about children in the household and what they have seen.",
                themes(partnershipId, "Domestic abuse", "Voice of the child"), "business.unit");
        practiceReviews.raiseAction(asBusinessUnit(partnershipId, manager), partnershipId, dhr.getId(), finding.getId(),
                "Add questions about children in the household to the domestic abuse risk assessment guidance",
                council, today.plusMonths(3));
    }

    /**
     * Two fictional findings: a local review's, whose action is closed, and a later rapid review's
     * raising professional curiosity again, with its action open.
     */
    private void shropshireLearning(long partnershipId, Person manager, Group jcr, Group lit) {
        var today = LocalDate.now();
        var asUnit = asBusinessUnit(partnershipId, manager);
        var council = organisations.in(partnershipId).stream()
                .filter(o -> o.organisation().getName().equals("Shropshire Council")).findFirst().orElseThrow()
                .organisation().getId();
        var review = learning.recordFinding(partnershipId, new FindingDetails(LearningSource.LOCAL_PRACTICE_REVIEW,
                "LCSPR Family A", today.minusMonths(14),
                "Practitioners accepted explanations of bruising without asking who else lived in or visited the home.",
                "Every agency's assessment guidance asks who lives in and who visits the home.",
                themes(partnershipId, "Professional curiosity", "Unseen men and fathers"), false, lit.getId()), "business.unit");
        var reviewAction = learning.raiseAction(asUnit, partnershipId, review.getId(),
                "Add a 'who lives here and who visits' prompt to every agency's assessment guidance",
                Set.of(), Set.of(council), false, today.minusMonths(8));
        tracker.close(asUnit, partnershipId, reviewAction.getId(), reviewAction.getVersion(),
                "Prompt added to the assessment guidance of every agency; checked in the spring audit");
        var rapid = learning.recordFinding(partnershipId, new FindingDetails(LearningSource.RAPID_REVIEW,
                "Rapid review RR-2 (fictional)", today.minusWeeks(6),
                "Information about a new partner in the household was held by two agencies and not shared.", null,
                themes(partnershipId, "Professional curiosity", "Information sharing"), true, jcr.getId()), "business.unit");
        learning.raiseAction(asUnit, partnershipId, rapid.getId(),
                "Remind practitioners to share changes in household membership at the next core group",
                Set.of(), Set.of(council), false, today.plusMonths(2));
        var briefing = briefings.write(partnershipId, new BriefingText("Professional curiosity: who else is in the home?",
                "Two recent reviews in Shropshire found that practitioners did not know who lived in or visited a child's home.",
                "Explanations for injuries were accepted without checking who else cared for the child.\n\n"
                        + "A new adult in the household was known to two agencies, but neither shared it.",
                "Adults who are not seen cannot be assessed. Children are safer when every practitioner knows who is around them.",
                "- Ask at every visit who lives in the home and who visits\n- Record new adults and share the information\n"
                        + "- Check what other agencies know before you accept an explanation",
                "- When did you last ask who else lives in the home?\n- What would stop you sharing what you know about a new adult?",
                "- Working Together to Safeguard Children\n- The national Panel's review on unseen men"));
        briefings.publish(partnerships.bySlug("shropshire").orElseThrow(), briefing.getId(), briefing.getVersion(),
                "business.unit");
    }

    private Set<Long> themes(long partnershipId, String... names) {
        var wanted = Set.of(names);
        return learning.themes(partnershipId).stream().filter(t -> wanted.contains(t.getName())).map(LearningTheme::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * One fictional serious incident (no real child: a made-up case reference and the pseudonym
     * "Child G") referred, notified and under rapid review, with a meeting of the joint case review
     * group booked, one agency having answered and two still to.
     */
    private void shropshireCaseReview(long partnershipId, Group jcr, LocalDate today) {
        reviewGroup.choose(partnershipId, jcr.getId(), 0);
        var child = new org.safeguardinghub.reviews.ChildRecord("SH-DEMO-0142", "Child G",
                org.safeguardinghub.reviews.AgeBand.AGED_1_TO_4);
        var referral = referrals.refer(partnershipId, child,
                "A young child was admitted to hospital with an unexplained injury. Police and children's social care are investigating.",
                "West Mercia Police; Shropshire Council children's social care; Shropshire Community Health NHS Trust (health visiting)",
                "Abuse is suspected and the child was seriously harmed, so the case meets the criteria for a serious incident notification.",
                org.safeguardinghub.reviews.SuggestedRoute.SERIOUS_INCIDENT, "agency.rep");
        referrals.triage(partnershipId, referral.getId(), referral.getVersion(),
                org.safeguardinghub.reviews.TriageOutcome.ACCEPTED_SERIOUS_INCIDENT,
                "Serious harm with abuse suspected: the local authority notifies the national Panel.", "business.unit");
        var aware = today.minusDays(9);
        var notification = notifications.notify(partnershipId, referral.getId(), child,
                "Unexplained injury to a child under five; the family was known to health visiting.", aware,
                new org.safeguardinghub.reviews.NotificationDates(aware.plusDays(2), aware.plusDays(2), aware.plusDays(3)),
                "business.unit");
        var review = rapidReviews.start(partnershipId, notification.getId());
        var police = organisations.in(partnershipId).stream().filter(o -> o.organisation().getName().equals("West Mercia Police"))
                .findFirst().orElseThrow().organisation().getId();
        var council = organisations.in(partnershipId).stream().filter(o -> o.organisation().getName().equals("Shropshire Council"))
                .findFirst().orElseThrow().organisation().getId();
        var health = organisations.in(partnershipId).stream()
                .filter(o -> o.organisation().getName().equals("Shropshire Community Health NHS Trust"))
                .findFirst().orElseThrow().organisation().getId();
        informationRequests.request(partnershipId, review.getId(), police, today.plusDays(2));
        informationRequests.request(partnershipId, review.getId(), council, today.plusDays(2));
        var request = informationRequests.request(partnershipId, review.getId(), health, today);
        informationRequests.submit(partnershipId, request.getId(), request.getVersion(),
                "Universal health visiting: new birth visit and 9-month review; no concerns recorded.",
                "The 12-month review was missed and not followed up; the reason was not explored with the family.",
                "Missed reviews for under-twos are now followed up within two weeks.",
                demoChronology(), "business.unit");
        meetings.schedule(new ScheduleMeeting(partnershipId, jcr.getId(), today.plusDays(4), LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Shirehall, Shrewsbury, Meeting Room 1", null));
    }

    private static org.safeguardinghub.partnership.UploadedDocument demoChronology() {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Demo chronology (fictional): health visiting contacts");
                content.endText();
            }
            document.save(out);
            return org.safeguardinghub.partnership.UploadedDocument.check("health-chronology.pdf", out.toByteArray());
        } catch (java.io.IOException | org.safeguardinghub.partnership.UploadedDocument.Rejected e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The strategic plan with seed 003's vision, core business and priorities (Exploitation, joint
     * with the adults board, and Neglect), carried into a plan that covers this year, and this
     * year's business plan with activities for the subgroups and a first quarter's progress.
     */
    private void shropshireStrategy(long partnershipId, Person manager, Map<String, Group> groups, Map<String, Person> who) {
        long planId = shropshirePlan(partnershipId);
        long exploitationId = exploitationPriority(partnershipId, planId);
        long neglectId = neglectPriority(partnershipId, planId);
        var activities = shropshireBusinessPlan(partnershipId, planId, exploitationId, neglectId, groups, who);
        var dataRisk = shropshireRisks(partnershipId, exploitationId, neglectId, groups, who);
        shropshireChallenges(partnershipId, groups);
        shropshireScrutiny(partnershipId);
        shropshireFirstQuarter(partnershipId, manager, dataRisk, activities);
    }

    /** The strategic plan with seed 003's vision and core business, carried into a plan that covers this year. */
    private long shropshirePlan(long partnershipId) {
        var year = BusinessPlan.businessYearOf(LocalDate.now());
        var planId = strategicPlans.create(partnershipId, "Strategic Plan " + (year - 1) + " to " + (year + 1), year - 1, year + 1,
                "For all children and young people to be happy, healthy and safe and to reach their full potential, "
                        + "supported in a family environment, by their families, friends and the wider community.",
                String.join("\n",
                        "Quality assurance of safeguarding arrangements across the partnership, including co-ordination of Section 11 audits and multi-agency audits.",
                        "Publish a threshold document, which sets out the local criteria for action in a way that is transparent, accessible and easily understood.",
                        "Assessing the effectiveness of the help being provided to children and families, including early help.",
                        "Commissioning of inter-agency training and measuring the impact of training on safeguarding practice.",
                        "Development of robust regional and local multi-agency safeguarding policies and procedures.",
                        "Identifying serious child safeguarding cases and undertaking Child Safeguarding Practice Reviews where appropriate.",
                        "Embedding local and national learning, including from serious child safeguarding incidents.",
                        "Seeking assurance from child death review partners on the effectiveness of the local and regional CDOP processes.",
                        "Hearing the voice of children and families to inform service improvements.")).getId();
        return planId;
    }

    /** Seed 003's exploitation priority, shared with the adults board. */
    private long exploitationPriority(long partnershipId, long planId) {
        return strategicPlans.addPriority(partnershipId, planId, "Exploitation",
                "To safeguard children who are at risk of, or who are being exploited.",
                String.join("\n",
                        "By developing a clear structure of governance and clear lines of accountability for the exploitation agenda across the partnership, working in conjunction with the Community Safety Partnership and KASiSB.",
                        "By working with other partnership boards to develop strategies that address the issue of exploitation across adults, children, perpetrators and victims.",
                        "By understanding what types of exploitation are prevalent in Shropshire for both adults and children, including young people transitioning into adulthood.",
                        "By developing an operational multi-agency children's criminal exploitation pathway and assessment tools.",
                        "By prioritising resources effectively to address the main areas of concern in relation to exploitation across the partnership.",
                        "By preventing the exploitation of children through raising awareness, building young people's resilience and providing appropriate diversionary activities.",
                        "By working with partners and/or commissioners to ensure services are available and accessible to provide support for parents and to provide enduring support for victims and survivors.",
                        "By working in partnership and sharing intelligence to assist in the disruption and dismantling of organised crime groups and tackling perpetrators.",
                        "By working in partnership with schools to reduce exclusions."),
                String.join("\n",
                        "Understand the nature and prevalence of exploitation across the partnership.",
                        "Evaluate the effectiveness of interventions for children and their families.",
                        "Identify children at risk of exploitation and refer them to the appropriate safeguarding support.",
                        "Evaluate impact of learning activity to demonstrate workforce knowledge and understanding.",
                        "Identify exploitation and share intelligence to effectively disrupt the exploitation of children.",
                        "Demonstrate that children are receiving the right service at the right time.",
                        "Measure the impact of the Violence, Vulnerability and Exploitation Strategy."),
                String.join("\n",
                        "The interrogation of a robust children's exploitation dataset that supports the collation of a wider partnership problem profile.",
                        "Increase in referrals for children at risk of or being exploited.",
                        "Improved outcomes for children and families.",
                        "Reduction in criminal offences associated with exploitation.",
                        "Reduction in the number of school exclusions.",
                        "Feedback from children and families."),
                "Keeping Adults Safe in Shropshire Board").getId();
    }

    /** Seed 003's neglect priority. */
    private long neglectPriority(long partnershipId, long planId) {
        return strategicPlans.addPriority(partnershipId, planId, "Neglect",
                "To safeguard children by identifying neglect and intervening at the earliest opportunity.",
                String.join("\n",
                        "By strengthening the governance of partnership arrangements in our response to neglect.",
                        "By strengthening strategic links through the engagement of the wider partnership, including those services that don't predominantly work with children.",
                        "By improving our data capture in order to understand the nature and scale of neglect across Shropshire.",
                        "By working in partnership to revise the Shropshire Neglect Strategy.",
                        "By identifying children at risk of neglect at the earliest opportunity through robust assessment and identification of associated risk factors using a range of assessment tools.",
                        "By effectively utilising resources to respond promptly and effectively to address underlying factors.",
                        "By maintaining our focus on the lived experience of the child and involving children and families in our work.",
                        "By embedding learning from serious case reviews and case audits to improve the safeguarding system."),
                String.join("\n",
                        "Understand the profile of the different categories of neglect across Shropshire.",
                        "Address neglect with early help and reduce the need for social care intervention.",
                        "Demonstrate effective use of a whole family approach to assessing neglect and planning interventions.",
                        "Effectively measure the impact of parenting programmes and other interventions.",
                        "Understand the lived experience of the child and improve outcomes for children and families.",
                        "Demonstrate an increase in public awareness of child neglect.",
                        "Measure the impact of the Neglect Strategy."),
                String.join("\n",
                        "Interrogation of a robust children's dataset and performance information that measures the impact of our work to safeguard children from neglect.",
                        "A reduction in numbers of children subject to a child protection plan under the category of neglect, numbers of children subject to a second or subsequent child protection plan and a reduction in the length of time children are subject to a plan.",
                        "A reported higher degree of confidence amongst our workforce in recognising and responding to neglect.",
                        "Feedback from children and families that demonstrates we have worked with them in making safeguarding personal and building their resilience."),
                null).getId();
    }

    /** The activities whose first quarter's progress is reported. */
    private record FirstActivities(BusinessPlan plan, org.safeguardinghub.plans.PlanActivity pathway,
            org.safeguardinghub.plans.PlanActivity profile, org.safeguardinghub.plans.PlanActivity toolkit) {
    }

    /** This year's business plan with activities for the subgroups. */
    private FirstActivities shropshireBusinessPlan(long partnershipId, long planId, long exploitationId, long neglectId,
            Map<String, Group> groups, Map<String, Person> who) {
        var year = BusinessPlan.businessYearOf(LocalDate.now());
        var businessPlan = businessPlans.create(partnershipId, planId, year);
        var yearEnd = LocalDate.of(year + 1, 3, 31);
        var pathway = businessPlans.addActivity(partnershipId, businessPlan.getId(), exploitationId,
                "Agree and launch the multi-agency children's criminal exploitation pathway and screening tool",
                groups.get("exploitation").getId(), who.get("inspector").getId(), yearEnd.minusMonths(6));
        var profile = businessPlans.addActivity(partnershipId, businessPlan.getId(), exploitationId,
                "Build the exploitation problem profile from the partnership dataset with the Community Safety Partnership",
                groups.get("qap").getId(), who.get("qaManager").getId(), yearEnd);
        var toolkit = businessPlans.addActivity(partnershipId, businessPlan.getId(), neglectId,
                "Roll out the neglect toolkit to early help and health practitioners",
                groups.get("practice").getId(), who.get("nurse").getId(), yearEnd.minusMonths(3));
        businessPlans.addActivity(partnershipId, businessPlan.getId(), neglectId,
                "Train practitioners in using the neglect toolkit and evaluate the impact three months on",
                groups.get("lit").getId(), who.get("coordinator").getId(), yearEnd);
        businessPlans.addActivity(partnershipId, businessPlan.getId(), null,
                "Publish the revised threshold document and brief every agency on it",
                groups.get("executive").getId(), who.get("adChildren").getId(), yearEnd.minusMonths(9));
        return new FirstActivities(businessPlan, pathway, profile, toolkit);
    }

    /** The board's and the exploitation subgroup's risks; answers the one to escalate. */
    private org.safeguardinghub.risks.Risk shropshireRisks(long partnershipId, long exploitationId, long neglectId,
            Map<String, Group> groups, Map<String, Person> who) {
        var today = LocalDate.now();
        var board = structure.groups(partnershipId).stream().filter(g -> g.getParentId() == null).findFirst().orElseThrow();
        risks.add(partnershipId, board.getId(), new RiskDetails(
                "Partners cannot evidence that learning from reviews changes front-line practice",
                "Learning briefings do not reach all practitioners; mailing lists are out of date",
                "The same learning themes recur in reviews and children are harmed in ways already known",
                neglectId, who.get("coordinator").getId(), "Learning briefings after each review; LIT subgroup tracks reach",
                new Rating(4, 4), new Rating(3, 4), new Rating(2, 3), null, Appetite.MINIMAL, today.plusMonths(2)),
                "business.unit");
        risks.add(partnershipId, board.getId(), new RiskDetails(
                "Shared funding for the business unit is not agreed for next year",
                "Partner budgets are under pressure", "The partnership cannot meet its statutory functions",
                null, who.get("adChildren").getId(), "Funding formula agreed by the lead partners in 2024",
                new Rating(3, 5), new Rating(2, 5), new Rating(2, 4), null, Appetite.CAUTIOUS, today.minusWeeks(2)),
                "business.unit");
        var dataRisk = risks.add(partnershipId, groups.get("exploitation").getId(), new RiskDetails(
                "The children's exploitation dataset is incomplete",
                "Local authority data is late after a system change", "Children at risk of exploitation are not identified early",
                exploitationId, who.get("inspector").getId(), "Police and health data shared monthly",
                new Rating(4, 4), new Rating(4, 4), new Rating(2, 4), null, Appetite.MINIMAL, today.plusMonths(1)),
                "business.unit");
        return dataRisk;
    }

    /** The board's challenge to the council (seed 001), answered and closed, and the chair's open one. */
    private void shropshireChallenges(long partnershipId, Map<String, Group> groups) {
        var today = LocalDate.now();
        var council = organisations.in(partnershipId).stream()
                .filter(o -> o.organisation().getName().equals("Shropshire Council")).findFirst().orElseThrow()
                .organisation().getId();
        // Seed 001, 5.93: the board challenged reporting "professional conversation" as the outcome of a referral.
        var conversation = challenges.raise(partnershipId, RaisedBy.BOARD, council, null, today.minusMonths(4), "Performance information",
                "Why is a \"professional conversation\" reported as the outcome of a referral, when it says nothing about "
                        + "the outcome for the child, and what is recorded about contacts that end in one?",
                today.minusMonths(3), "business.unit");
        challenges.recordResponse(partnershipId, conversation.getId(), conversation.getVersion(),
                "Children's Social Care will report referral outcomes differently from next year, with contacts counted separately.",
                today.minusMonths(3).plusDays(3), "business.unit");
        challenges.close(partnershipId, conversation.getId(), challenges.find(partnershipId, conversation.getId()).orElseThrow().getVersion(),
                "Referral outcomes are now reported as the service the child received.",
                "The board can see how many referrals lead to help for the child, not just a conversation.", "business.unit");
        challenges.raise(partnershipId, RaisedBy.CHAIR, null, groups.get("qap").getId(), today.minusWeeks(6),
                "Domestic abuse", "How will the partnership know whether MARAC is effective for children, when agencies "
                        + "say they cannot analyse its data?", today.minusWeeks(2), "business.unit");
    }

    /** This year's lines of enquiry for the independent scrutineer, with an observation and its finding. */
    private void shropshireScrutiny(long partnershipId) {
        var today = LocalDate.now();
        var scrutinyYear = BusinessPlan.businessYearOf(today);
        var line = scrutiny.addLine(partnershipId, scrutinyYear,
                "How well do the safeguarding partners know whether children receive the right help at the right time?");
        scrutiny.addLine(partnershipId, scrutinyYear, "Is the voice of children shaping the partnership's priorities?");
        var observation = scrutiny.addActivity(partnershipId, line.getId(), ScrutinyKind.OBSERVATION,
                "Observation of the Executive Group", today.minusWeeks(3),
                "The scrutineer observed the executive's quarterly review of the business plan.");
        scrutiny.addFinding(partnershipId, observation.getId(),
                "Business plan updates describe activity rather than the difference made for children.");
    }

    /** The data risk escalated, and the first quarter's progress where a quarter can be reported. */
    private void shropshireFirstQuarter(long partnershipId, Person manager, org.safeguardinghub.risks.Risk dataRisk,
            FirstActivities activities) {
        var businessPlan = activities.plan();
        var pathway = activities.pathway();
        var profile = activities.profile();
        var toolkit = activities.toolkit();
        var asUnit = asBusinessUnit(partnershipId, manager);
        risks.escalate(asUnit, partnershipId, dataRisk.getId(), dataRisk.getVersion(),
                "Needs the lead partners to resolve the data sharing delay");
        if (!businessPlans.reportableQuarters(businessPlan).isEmpty()) {
            businessPlans.report(asUnit, partnershipId, pathway.getId(), 0, 1, Rag.GREEN,
                    "Pathway drafted with children's social care and the police; consultation with schools under way.",
                    "https://example.org/exploitation-pathway-draft");
            businessPlans.report(asUnit, partnershipId, profile.getId(), 0, 1, Rag.AMBER,
                    "Police and health data sharing agreed; local authority data is late because of a system change.", null);
            businessPlans.report(asUnit, partnershipId, toolkit.getId(), 0, 1, Rag.RED,
                    "Roll-out paused: the toolkit needs changes after the audit of early help cases.", null);
        }
    }

    private static CurrentUser asBusinessUnit(long partnershipId, Person manager) {
        return new CurrentUser(-1, "business.unit", "Joanne Whitfield", false, manager.getId(),
                List.of(new RoleAssignment(partnershipId, Role.BUSINESS_UNIT, null)));
    }

    private void grant(long accountId, long partnershipId, Role role, Long organisationId) {
        accounts.grant(accountId, partnershipId, role, organisationId);
    }

    /** Adds records to one partnership, remembering organisations by name. */
    /**
     * The organisations both demo partnerships work with. Shropshire adds them first and so keeps
     * their shared facts; Staffordshire links them by name and website and cannot change them.
     */
    private static final Map<String, String> WEBSITES = Map.of(
            "West Mercia Police", "https://www.westmercia.police.uk",
            "Midlands Partnership NHS Foundation Trust", "https://www.mpft.nhs.uk",
            "The Probation Service", "https://www.gov.uk/government/organisations/probation-service",
            "Cafcass", "https://www.cafcass.gov.uk");

    private final class Builder {
        private final long partnershipId;
        private final Map<String, Long> organisations = new HashMap<>();

        Builder(long partnershipId) {
            this.partnershipId = partnershipId;
        }

        void organisation(String name, OrganisationType type, LocalDate joined) {
            // A partnership adding an organisation that another already has must know its website too.
            organisations.put(name, DemoData.this.organisations.add(partnershipId, name, type, WEBSITES.get(name), joined)
                    .organisation().getId());
        }

        void safeguardingLead(String name, Person lead) {
            var id = organisations.get(name);
            var current = DemoData.this.organisations.find(partnershipId, id).orElseThrow();
            DemoData.this.organisations.update(partnershipId, id, current.organisation().getVersion(),
                    current.participation().getVersion(), name, current.organisation().getType(),
                    current.organisation().getWebsite(), current.participation().getJoinedOn(),
                    current.participation().getLeftOn(), lead.getId());
        }

        void leaves(String name, LocalDate leftOn) {
            var id = organisations.get(name);
            var current = DemoData.this.organisations.find(partnershipId, id).orElseThrow();
            DemoData.this.organisations.update(partnershipId, id, current.organisation().getVersion(),
                    current.participation().getVersion(), name, current.organisation().getType(),
                    current.organisation().getWebsite(), current.participation().getJoinedOn(), leftOn);
        }

        Group group(Group parent, String name, GroupKind kind, String purpose, String frequency, boolean confidential) {
            return structure.addGroup(partnershipId, parent == null ? null : parent.getId(), name, kind, purpose, frequency,
                    confidential, null);
        }

        Group groupEnding(Group parent, String name, String purpose, String frequency, LocalDate endsOn) {
            return structure.addGroup(partnershipId, parent.getId(), name, TASK_AND_FINISH, purpose, frequency, false, endsOn);
        }

        Person person(String given, String family, String jobTitle) {
            var email = (given + "." + family).toLowerCase().replace("'", "") + "@hub.example";
            return people.add(partnershipId, given, family, email, jobTitle);
        }

        void add(Person person) {
            people.add(partnershipId, person.getGivenName(), person.getFamilyName(), person.getEmail(), person.getJobTitle());
        }

        void seat(Group group, Person person, String organisation, MembershipRole role, Person deputy, LocalDate from) {
            structure.addMembership(partnershipId, group.getId(), person.getId(),
                    organisation == null ? null : organisations.get(organisation), role,
                    deputy == null ? null : deputy.getId(), from, null);
        }

        void seatEnded(Group group, Person person, String organisation, MembershipRole role, LocalDate from, LocalDate to) {
            structure.addMembership(partnershipId, group.getId(), person.getId(), organisations.get(organisation), role,
                    null, from, to);
        }
    }
}

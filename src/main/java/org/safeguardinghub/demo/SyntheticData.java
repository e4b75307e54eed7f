package org.safeguardinghub.demo;

import static org.safeguardinghub.demo.BulkTable.MEMBERSHIP;
import static org.safeguardinghub.demo.BulkTable.ORGANISATION;
import static org.safeguardinghub.demo.BulkTable.PARTNERSHIP;
import static org.safeguardinghub.demo.BulkTable.PARTNERSHIP_GROUP;
import static org.safeguardinghub.demo.BulkTable.PARTNERSHIP_ORGANISATION;
import static org.safeguardinghub.demo.BulkTable.PARTNERSHIP_PERSON;
import static org.safeguardinghub.demo.BulkTable.PERSON;
import static org.safeguardinghub.demo.BulkTable.ROLE_ASSIGNMENT;
import static org.safeguardinghub.demo.BulkTable.TWO_FACTOR;
import static org.safeguardinghub.demo.BulkTable.USER_ACCOUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database with a large, realistic and entirely fictional set of partnerships, for
 * performance measurement (see {@code docs/performance.md}). Everything is derived from a fixed
 * seed, so the same {@link Scale} always gives the same data.
 *
 * <p>What it makes: partnerships {@code synthetic-001}…; one local authority per partnership, police
 * forces and integrated care boards each shared by two to four neighbouring partnerships, and
 * relevant agencies, schools and voluntary bodies shared across a run of neighbouring partnerships
 * (a few have left); people, most in one partnership and some in two; for each partnership a
 * board, an executive, subgroups, task and finish groups and reference groups, forming a tree; 8-15
 * seats per group with chairs, vice-chairs, advisers, deputies, past members and earlier terms that
 * never overlap; and one business-unit account per partnership, {@code bench-001}… with the password
 * {@link #PASSWORD}.
 *
 * <p>The rows go in with a handful of multi-row inserts (arrays unnested by PostgreSQL), using ids
 * taken from the tables' own identity sequences. <strong>These bulk inserts bypass the audit
 * trail</strong> (and every other rule the services apply): they are test data, not records anyone
 * created, and must never be run against a live partnership's database.
 */
@Component
public class SyntheticData {

    /** The password of every {@code bench-NNN} account. */
    public static final String PASSWORD = "Synthetic-bench-password-2026";

    /** Slugs are {@code synthetic-001}, {@code synthetic-002}… */
    public static final String SLUG_PREFIX = "synthetic-";

    /** Usernames are {@code bench-001}, {@code bench-002}…, one per partnership, in the same order. */
    public static final String USERNAME_PREFIX = "bench-";

    private static final long SEED = 20261122L;
    private static final LocalDate EPOCH = LocalDate.of(2019, 1, 1);

    /**
     * How much to make. {@code organisations} is the total, including one local authority per
     * partnership and the shared police forces and integrated care boards (about a third as many
     * of each as there are partnerships); the rest are agencies, schools and voluntary bodies.
     */
    public record Scale(int partnerships, int organisations, int people, int groups) {

        /** About the size of England: 150 partnerships. */
        public static final Scale NATIONAL = new Scale(150, 300, 20_000, 4_000);

        public Scale {
            if (partnerships < 1 || partnerships > 9_999) {
                throw new IllegalArgumentException("partnerships must be between 1 and 9999");
            }
            if (organisations <= partnerships) {
                throw new IllegalArgumentException("organisations must be more than partnerships (each has its own local authority)");
            }
            if (people < partnerships * 20) {
                throw new IllegalArgumentException("people must be at least 20 per partnership");
            }
            if (groups < partnerships * 2) {
                throw new IllegalArgumentException("groups must be at least 2 per partnership (a board and an executive)");
            }
        }
    }

    /** What {@link #fill} added. */
    public record Filled(int partnerships, int organisations, int partnershipOrganisations, int people,
            int partnershipPeople, int groups, int memberships, int accounts, long millis) {
    }

    // Fictional names, put together from parts: no real person is described.
    private static final String[] GIVEN_NAMES = {"Amara", "Ben", "Chloe", "Dev", "Elif", "Farah", "Gareth", "Hana",
        "Isaac", "Jas", "Kemi", "Liam", "Maya", "Niall", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tomasz", "Uma",
        "Vik", "Wren", "Xander", "Yusuf", "Zara", "Aled", "Bethan", "Callum", "Deepa", "Eilidh", "Femi", "Gwen",
        "Harvey", "Ines", "Jude", "Kit", "Lowri", "Marek", "Nia"};
    private static final String[] FAMILY_NAMES = {"Abernethy", "Blackwood", "Carraway", "Dunmore", "Ellery",
        "Fairweather", "Gadsby", "Holloway", "Ibbotson", "Jessop", "Kettering", "Lindqvist", "Marchbank",
        "Nwachukwu", "Okafor-Reid", "Pemberton", "Quayle", "Rowntree", "Sandhu", "Thistlewood", "Underhill",
        "Varga", "Whitlock", "Yardley", "Zielinski", "Ashdown", "Brennan-Tate", "Choudhury", "Dalgleish",
        "Eastwood", "Fenwick", "Greaves", "Hargreaves", "Iqbal", "Jarvis", "Kowalczyk", "Llewellyn", "Mbeki-Hart",
        "Norbury", "Ormerod"};
    private static final String[] PLACE_STARTS = {"Ash", "Bram", "Cal", "Dun", "El", "Fen", "Glen", "Hart", "Ing",
        "Kel", "Lang", "Mar", "Nor", "Oak", "Pen", "Quar", "Ral", "Sel", "Thorn", "Ul", "Ver", "Wil", "Yar", "Brack",
        "Chel", "Dray", "Esk", "Frith", "Gars", "Holm"};
    private static final String[] PLACE_ENDS = {"ford", "ham", "ley", "bury", "combe", "dale", "field", "mouth",
        "ton", "wick", "worth", "stead", "by", "minster", "bridge"};
    private static final String[] COUNCIL_KINDS = {"Council", "City Council", "Borough Council", "County Council",
        "Metropolitan Borough Council"};

    private static final String[][] OTHER_ORGANISATIONS = {
        {"RELEVANT_AGENCY", "%s NHS Foundation Trust"},
        {"EDUCATION", "%s Academy Trust"},
        {"VOLUNTARY", "%s Young People's Trust"},
        {"RELEVANT_AGENCY", "Probation Service %s Region"},
        {"EDUCATION", "%s College"},
        {"RELEVANT_AGENCY", "%s Fire and Rescue Service"},
        {"VOLUNTARY", "%s Women's Aid"},
        {"RELEVANT_AGENCY", "%s Community Health Services"},
        {"EDUCATION", "%s High School"},
        {"VOLUNTARY", "%s Family Support Network"},
        {"OTHER", "%s Housing Association"},
        {"RELEVANT_AGENCY", "%s Youth Justice Service"},
        {"EDUCATION", "%s Primary School"},
        {"VOLUNTARY", "%s Faith Forum"},
        {"OTHER", "%s Sports and Leisure Trust"}};

    private static final Map<String, String[]> JOB_TITLES = Map.of(
            "LOCAL_AUTHORITY", new String[] {"Director of Children's Services", "Head of Safeguarding",
                "Service Manager, Children's Social Care", "Principal Social Worker", "Head of Early Help",
                "Local Authority Designated Officer", "Education Safeguarding Lead", "Safeguarding Business Manager"},
            "INTEGRATED_CARE_BOARD", new String[] {"Chief Nursing Officer", "Designated Nurse for Safeguarding Children",
                "Designated Doctor for Safeguarding Children", "Designated Doctor for Child Deaths",
                "Head of Safeguarding"},
            "POLICE", new String[] {"Detective Superintendent", "Detective Chief Inspector",
                "Head of Public Protection", "Detective Inspector, Child Protection", "Partnership Inspector"},
            "RELEVANT_AGENCY", new String[] {"Named Nurse for Safeguarding", "Head of Service", "Safeguarding Lead",
                "Operations Manager", "Named Doctor"},
            "EDUCATION", new String[] {"Headteacher", "Designated Safeguarding Lead", "Chief Executive Officer",
                "Deputy Headteacher"},
            "VOLUNTARY", new String[] {"Chief Executive", "Safeguarding Manager", "Services Manager",
                "Volunteer Coordinator"},
            "OTHER", new String[] {"Safeguarding Lead", "Operations Director", "Tenancy Services Manager"});

    private static final String[] SUBGROUPS = {"Quality Assurance and Performance Subgroup",
        "Learning and Improvement Subgroup", "Training and Workforce Development Subgroup",
        "Child Exploitation Subgroup", "Neglect Subgroup", "Education Safeguarding Subgroup",
        "Health Safeguarding Subgroup", "Policy and Procedures Subgroup", "Domestic Abuse Subgroup",
        "Online Safety Subgroup", "Early Help Subgroup", "Missing Children Subgroup",
        "Contextual Safeguarding Subgroup", "Communications and Engagement Subgroup",
        "Disabled Children Subgroup", "Mental Health and Wellbeing Subgroup"};
    /** Subgroups whose work is about individual children: confidential. */
    private static final String[] CONFIDENTIAL_SUBGROUPS = {"Child Safeguarding Practice Review Group",
        "Child Death Overview Panel"};
    private static final String[] TASKS = {"Neglect Strategy Refresh", "Thresholds Document Review",
        "Section 11 Audit", "Multi-agency Audit: Bruising in Non-mobile Babies", "Escalation Policy Review",
        "Safeguarding Week", "Annual Report", "Private Fostering Awareness", "Elective Home Education Review",
        "Multi-agency Training Needs Analysis", "Safer Sleep Campaign", "Information Sharing Agreement",
        "Transitions to Adulthood", "Harmful Sexual Behaviour Pathway", "Voice of the Child Audit",
        "Professional Curiosity Briefings", "Parental Conflict Toolkit", "Exploitation Screening Tool"};
    private static final String[] REFERENCE_GROUPS = {"Young People's Reference Group",
        "Parent and Carer Reference Group", "Faith and Community Reference Group",
        "Designated Safeguarding Leads Reference Group", "Practitioner Reference Group",
        "Health Providers Reference Group"};
    private static final String[] FREQUENCIES = {"Monthly", "Every 6 weeks", "Every 2 months", "Quarterly",
        "Twice a year"};

    private final JdbcTemplate jdbc;
    private final TableWriter writer;

    SyntheticData(JdbcTemplate jdbc, TableWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /** The slug of the {@code n}th synthetic partnership, counting from 1. */
    public static String slug(int n) {
        return SLUG_PREFIX + String.format(Locale.ROOT, "%03d", n);
    }

    /** The username of the business-unit account of the {@code n}th synthetic partnership, counting from 1. */
    public static String username(int n) {
        return USERNAME_PREFIX + String.format(Locale.ROOT, "%03d", n);
    }

    /**
     * Adds the data for {@code scale} in one transaction. Refuses if synthetic partnerships are
     * already there (the slugs and usernames would clash).
     */
    @Transactional
    public Filled fill(Scale scale) {
        long started = System.nanoTime();
        if (jdbc.queryForObject("select count(*) from partnership where slug like 'synthetic-%'", Integer.class) > 0) {
            throw new IllegalStateException("Synthetic partnerships are already in this database");
        }
        var run = new Run(scale, writer.rows());
        run.partnerships();
        run.organisations(new HashSet<>(jdbc.queryForList("select lower(trim(name)) from organisation", String.class)));
        run.participations();
        run.people();
        run.groups();
        run.seats();
        run.accounts(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        run.rows.flush();
        // Fresh planner statistics, so the first queries after a bulk load are planned as they would be later.
        jdbc.execute("analyze partnership, organisation, partnership_organisation, person, partnership_person, "
                + "partnership_group, membership, user_account, role_assignment");
        return new Filled(run.p, run.orgs.size(), run.rows.added(PARTNERSHIP_ORGANISATION), scale.people(),
                run.rows.added(PARTNERSHIP_PERSON), scale.groups(), run.rows.added(MEMBERSHIP), run.p,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One fill, stage by stage; each stage draws from the one seeded random sequence in a fixed order. */
    private final class Run {
        final Scale scale;
        final BulkRows rows;
        final Random random = new Random(SEED);
        final int p;
        List<String> places;
        long[] partnershipIds;
        final List<Org> orgs = new ArrayList<>();
        final List<List<Org>> orgsOf = new ArrayList<>();
        final List<Set<Org>> leftOf = new ArrayList<>();
        final List<List<Staff>> peopleOf = new ArrayList<>();
        final List<List<Grp>> groupsOf = new ArrayList<>();

        Run(Scale scale, BulkRows rows) {
            this.scale = scale;
            this.rows = rows;
            this.p = scale.partnerships();
            for (int i = 0; i < p; i++) {
                orgsOf.add(new ArrayList<>());
                peopleOf.add(new ArrayList<>());
            }
        }

        /** Partnerships, each named after a fictional place. */
        void partnerships() {
            places = places(p, random);
            partnershipIds = writer.ids(PARTNERSHIP, p);
            for (int i = 0; i < p; i++) {
                rows.add(PARTNERSHIP, partnershipIds[i], slug(i + 1), places.get(i) + " Safeguarding Children Partnership",
                        places.get(i));
            }
        }

        /** Organisations, and which partnerships each serves; {@code taken} holds the names already in use. */
        void organisations(Set<String> taken) {
            for (int i = 0; i < p; i++) {
                var council = COUNCIL_KINDS[random.nextInt(COUNCIL_KINDS.length)];
                addOrg(taken, places.get(i) + " " + council, "LOCAL_AUTHORITY", List.of(i));
            }
            // Police forces and ICBs each serve 2-4 neighbouring partnerships; their boundaries differ.
            for (var cluster : clusters(p, random)) {
                var names = cluster.stream().map(places::get).toList();
                var name = cluster.size() == 2 ? names.get(0) + " and " + names.get(1) + " Police"
                        : "Greater " + names.get(0) + " Police";
                addOrg(taken, name, "POLICE", cluster);
            }
            for (var cluster : clusters(p, random)) {
                var names = cluster.stream().map(places::get).toList();
                var name = "NHS " + (names.size() == 1 ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast())
                        + " Integrated Care Board";
                addOrg(taken, name, "INTEGRATED_CARE_BOARD", cluster);
            }
            otherOrganisations(taken);
            long[] orgIds = writer.ids(ORGANISATION, orgs.size());
            for (int k = 0; k < orgs.size(); k++) {
                var org = orgs.get(k);
                org.id = orgIds[k];
                rows.add(ORGANISATION, org.id, org.name, org.type, "https://www." + slugOf(org.name) + ".example");
            }
        }

        /** Agencies, schools and voluntary bodies, each serving a run of neighbouring partnerships: six others each on average. */
        private void otherOrganisations(Set<String> taken) {
            int others = scale.organisations() - orgs.size();
            if (others < 1) {
                throw new IllegalArgumentException("organisations is too small for " + p + " partnerships: need more than "
                        + orgs.size());
            }
            double averageReach = Math.min(p, Math.max(1.0, 6.0 * p / others));
            for (int k = 0; k < others; k++) {
                int centre = (int) ((k + 0.5) * p / others);
                int reach = (int) Math.max(1, Math.min(p, Math.round(averageReach * (0.5 + random.nextDouble()))));
                var served = new ArrayList<Integer>(reach);
                for (int j = 0; j < reach; j++) {
                    served.add(Math.floorMod(centre - reach / 2 + j, p));
                }
                var pattern = OTHER_ORGANISATIONS[k % OTHER_ORGANISATIONS.length];
                addOrg(taken, pattern[1].formatted(places.get(centre)), pattern[0], served);
            }
        }

        private void addOrg(Set<String> taken, String name, String type, List<Integer> served) {
            var unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT).trim()); n++) {
                unique = name + " (" + n + ")";
            }
            var org = new Org(unique, type, List.copyOf(served));
            orgs.add(org);
            for (int i : served) {
                orgsOf.get(i).add(org);
            }
        }

        /** When each organisation joined each partnership it serves; a few agencies have left. */
        void participations() {
            var links = new ArrayList<Object[]>(); // {partnership index, organisation, joined on, left on}
            for (int i = 0; i < p; i++) {
                var left = new HashSet<Org>();
                for (var org : orgsOf.get(i)) {
                    var joined = day(random, 0, 6 * 365);
                    LocalDate leftOn = null;
                    if (!org.isSafeguardingPartner() && random.nextInt(100) < 3) {
                        leftOn = joined.plusDays(200 + random.nextInt(700));
                        left.add(org);
                    }
                    links.add(new Object[] {i, org.id, joined, leftOn});
                }
                leftOf.add(left);
            }
            long[] linkIds = writer.ids(PARTNERSHIP_ORGANISATION, links.size());
            for (int k = 0; k < links.size(); k++) {
                var link = links.get(k);
                rows.add(PARTNERSHIP_ORGANISATION, linkIds[k], partnershipIds[(int) link[0]], link[1], link[2], link[3]);
            }
        }

        /**
         * People: each works for an organisation of their partnership; some also sit in a neighbouring
         * partnership that their organisation serves too (a police officer, an ICB nurse).
         */
        void people() {
            long[] personIds = writer.ids(PERSON, scale.people());
            for (int k = 0; k < scale.people(); k++) {
                int home = (int) ((long) k * p / scale.people());
                var org = pickOrganisation(orgsOf.get(home), random);
                var given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
                var family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
                var titles = JOB_TITLES.get(org.type);
                String email = random.nextInt(100) < 92
                        ? (given + "." + family + "." + (k + 1)).toLowerCase(Locale.ROOT).replace("'", "") + "@synthetic.example"
                        : null;
                rows.add(PERSON, personIds[k], given, family, email, titles[random.nextInt(titles.length)]);
                var staff = new Staff(personIds[k], org);
                peopleOf.get(home).add(staff);
                rows.add(PARTNERSHIP_PERSON, partnershipIds[home], staff.personId);
                if (org.served.size() > 1 && random.nextInt(100) < 6) {
                    int other = org.served.get(random.nextInt(org.served.size()));
                    if (other != home) {
                        peopleOf.get(other).add(staff);
                        rows.add(PARTNERSHIP_PERSON, partnershipIds[other], staff.personId);
                    }
                }
            }
        }

        /** Groups, as a tree under each partnership's board. */
        void groups() {
            long[] groupIds = writer.ids(PARTNERSHIP_GROUP, scale.groups());
            int nextGroup = 0;
            for (int i = 0; i < p; i++) {
                int count = (int) ((long) (i + 1) * scale.groups() / p - (long) i * scale.groups() / p);
                var tree = groupTree(count, random);
                for (var g : tree) {
                    g.id = groupIds[nextGroup++];
                }
                for (var g : tree) {
                    rows.add(PARTNERSHIP_GROUP, g.id, partnershipIds[i], g.parent == null ? null : g.parent.id, g.name,
                            g.kind, g.purpose, FREQUENCIES[random.nextInt(FREQUENCIES.length)], g.confidential, g.endsOn);
                }
                groupsOf.add(tree);
            }
        }

        /**
         * Seats: 8-15 different people per group, so the same person never holds the same role in
         * the same group twice at once; a few have an earlier term in that role that ended the day
         * before the current one began.
         */
        void seats() {
            var seats = new ArrayList<Object[]>(); // a membership row, its id to come
            for (int i = 0; i < p; i++) {
                for (var group : groupsOf.get(i)) {
                    var chosen = chooseMembers(group, peopleOf.get(i), 8 + random.nextInt(8), random);
                    for (int s = 0; s < chosen.size(); s++) {
                        seat(partnershipIds[i], group, chosen.get(s), role(s, random), peopleOf.get(i), leftOf.get(i), seats);
                    }
                }
            }
            long[] seatIds = writer.ids(MEMBERSHIP, seats.size());
            for (int k = 0; k < seats.size(); k++) {
                var seat = seats.get(k);
                seat[0] = seatIds[k];
                rows.add(MEMBERSHIP, seat);
            }
        }

        /** One member's seat, with perhaps a deputy, a past or future term, or an earlier term in the same role. */
        private void seat(long partnershipId, Grp group, Staff member, String role, List<Staff> staff, Set<Org> left,
                List<Object[]> seats) {
            Long organisationId = role.equals("CHAIR") && group.kind.equals("BOARD") && random.nextBoolean()
                    ? null // an independent chair
                    : member.org.id;
            Long deputyId = null;
            if (random.nextInt(100) < 20) {
                var deputy = staff.get(random.nextInt(staff.size()));
                deputyId = deputy.personId == member.personId ? null : deputy.personId;
            }
            LocalDate startsOn;
            LocalDate endsOn = null;
            int when = random.nextInt(100);
            if (when < 12) { // a past member
                startsOn = day(random, 0, 4 * 365);
                endsOn = startsOn.plusDays(90 + random.nextInt(600));
            } else if (when < 14) { // joining later
                startsOn = LocalDate.of(2030, 1, 1).plusDays(random.nextInt(365));
            } else {
                startsOn = day(random, 2 * 365, 6 * 365);
                if (random.nextInt(100) < 5) { // an earlier term in the same role
                    var earlierEnd = startsOn.minusDays(1);
                    seats.add(new Object[] {null, partnershipId, group.id, member.personId, organisationId, role, null,
                        earlierEnd.minusDays(180 + random.nextInt(500)), earlierEnd});
                }
            }
            if (left.contains(member.org) && endsOn == null && random.nextBoolean()) {
                endsOn = startsOn.plusDays(30 + random.nextInt(300)); // most who left were stood down
            }
            seats.add(new Object[] {null, partnershipId, group.id, member.personId, organisationId, role, deputyId, startsOn,
                endsOn});
        }

        /**
         * One business-unit account per partnership, with the demo key as its second factor, so a load
         * test can make codes. Hashing is slow on purpose, so every account has the one {@code hash}.
         */
        void accounts(String hash) {
            long[] accountIds = writer.ids(USER_ACCOUNT, p);
            for (int i = 0; i < p; i++) {
                rows.add(USER_ACCOUNT, accountIds[i], username(i + 1), username(i + 1) + "@synthetic.example",
                        "Business unit, " + places.get(i), hash);
                rows.add(ROLE_ASSIGNMENT, accountIds[i], partnershipIds[i], "BUSINESS_UNIT");
            }
            var enabledAt = java.time.OffsetDateTime.now();
            for (int i = 0; i < p; i++) {
                rows.add(TWO_FACTOR, accountIds[i], DemoData.DEMO_TOTP_SECRET, enabledAt);
            }
        }
    }

    private static final class Org {
        long id;
        final String name;
        final String type;
        final List<Integer> served;

        Org(String name, String type, List<Integer> served) {
            this.name = name;
            this.type = type;
            this.served = served;
        }

        boolean isSafeguardingPartner() {
            return type.equals("LOCAL_AUTHORITY") || type.equals("POLICE") || type.equals("INTEGRATED_CARE_BOARD");
        }
    }

    private record Staff(long personId, Org org) {
    }

    private static final class Grp {
        long id;
        final Grp parent;
        final String name;
        final String kind;
        final String purpose;
        final boolean confidential;
        final LocalDate endsOn;

        Grp(Grp parent, String name, String kind, String purpose, boolean confidential, LocalDate endsOn) {
            this.parent = parent;
            this.name = name;
            this.kind = kind;
            this.purpose = purpose;
            this.confidential = confidential;
            this.endsOn = endsOn;
        }
    }

    private static List<String> places(int count, Random random) {
        var names = new ArrayList<String>();
        for (var start : PLACE_STARTS) {
            for (var end : PLACE_ENDS) {
                names.add(start + end);
            }
        }
        Collections.shuffle(names, random);
        var result = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            var base = names.get(i % names.size());
            result.add(i < names.size() ? base : base + " " + (i / names.size() + 1));
        }
        return result;
    }

    /** Splits 0..count-1 into runs of 2-4 neighbours (or 1, if only one partnership is left over). */
    private static List<List<Integer>> clusters(int count, Random random) {
        var result = new ArrayList<List<Integer>>();
        int offset = random.nextInt(Math.min(count, 3));
        int i = 0;
        while (i < count) {
            int size = Math.min(count - i, 2 + random.nextInt(3));
            var cluster = new ArrayList<Integer>(size);
            for (int j = 0; j < size; j++) {
                cluster.add((offset + i + j) % count);
            }
            result.add(cluster);
            i += size;
        }
        return result;
    }

    /** About 30% of a partnership's people work for the council, 15% each for the ICB and police. */
    private static Org pickOrganisation(List<Org> orgs, Random random) {
        int roll = random.nextInt(100);
        String type = roll < 30 ? "LOCAL_AUTHORITY" : roll < 45 ? "INTEGRATED_CARE_BOARD" : roll < 60 ? "POLICE" : null;
        var candidates = orgs.stream().filter(o -> type == null ? !o.isSafeguardingPartner() : o.type.equals(type))
                .toList();
        if (candidates.isEmpty()) {
            candidates = orgs;
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static List<Grp> groupTree(int count, Random random) {
        var tree = new ArrayList<Grp>(count);
        var names = new HashSet<String>();
        var board = new Grp(null, "Partnership Board", "BOARD",
                "Sets the partnership's priorities and holds the partners to account for them", false, null);
        tree.add(board);
        names.add(board.name);
        if (count == 1) {
            return tree;
        }
        var executive = new Grp(board, "Executive Group", "EXECUTIVE",
                "The three safeguarding partners' delegated leads, who make the arrangements work", false, null);
        tree.add(executive);
        names.add(executive.name);
        int remaining = count - 2;
        int references = Math.min(remaining, Math.max(0, Math.round(remaining * 0.1f)));
        int subgroups = Math.min(remaining - references, Math.max(1, Math.round(remaining * 0.4f)));
        int tasks = remaining - references - subgroups;
        var subgroupList = new ArrayList<Grp>();
        for (int k = 0; k < subgroups; k++) {
            boolean confidential = k < CONFIDENTIAL_SUBGROUPS.length;
            var base = confidential ? CONFIDENTIAL_SUBGROUPS[k] : SUBGROUPS[(k - CONFIDENTIAL_SUBGROUPS.length) % SUBGROUPS.length];
            var parent = k % 4 == 3 && !subgroupList.isEmpty() ? subgroupList.get(random.nextInt(subgroupList.size())) : executive;
            var group = new Grp(parent, unique(names, base), "SUBGROUP",
                    confidential ? "Reviews serious incidents and child deaths; discusses individual children"
                            : "Leads the partnership's work on one of its priorities",
                    confidential, null);
            tree.add(group);
            subgroupList.add(group);
        }
        for (int k = 0; k < tasks; k++) {
            var parent = subgroupList.isEmpty() ? executive : subgroupList.get(random.nextInt(subgroupList.size()));
            int roll = random.nextInt(100);
            LocalDate endsOn = roll < 20 ? day(random, 3 * 365, 6 * 365)
                    : roll < 40 ? LocalDate.of(2030, 3, 31).plusDays(random.nextInt(365)) : null;
            tree.add(new Grp(parent, unique(names, "Task and finish: " + TASKS[k % TASKS.length]), "TASK_AND_FINISH",
                    "A piece of work with an end date, reporting to " + parent.name, parent.confidential, endsOn));
        }
        for (int k = 0; k < references; k++) {
            var parent = k % 2 == 0 ? board : executive;
            tree.add(new Grp(parent, unique(names, REFERENCE_GROUPS[k % REFERENCE_GROUPS.length]), "REFERENCE",
                    "Brings the views of those it represents to the partnership", false, null));
        }
        return tree;
    }

    private static String unique(Set<String> names, String base) {
        var name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** A board or executive nearly always has someone from each safeguarding partner. */
    private static List<Staff> chooseMembers(Grp group, List<Staff> staff, int size, Random random) {
        var chosen = new LinkedHashSet<Staff>();
        if (group.kind.equals("BOARD") || group.kind.equals("EXECUTIVE")) {
            for (var type : List.of("LOCAL_AUTHORITY", "INTEGRATED_CARE_BOARD", "POLICE")) {
                if (random.nextInt(100) < 95) {
                    var candidates = staff.stream().filter(s -> s.org.type.equals(type)).toList();
                    if (!candidates.isEmpty()) {
                        chosen.add(candidates.get(random.nextInt(candidates.size())));
                    }
                }
            }
        }
        int wanted = Math.min(size, staff.size());
        while (chosen.size() < wanted) {
            chosen.add(staff.get(random.nextInt(staff.size())));
        }
        var list = new ArrayList<>(chosen);
        // Whoever chairs is not always the first partner picked.
        Collections.shuffle(list, random);
        return list;
    }

    /** The first seat is usually the chair; then perhaps a vice-chair and business-unit support. */
    private static String role(int seat, Random random) {
        int roll = random.nextInt(100);
        return switch (seat) {
            case 0 -> roll < 95 ? "CHAIR" : "MEMBER";
            case 1 -> roll < 50 ? "VICE_CHAIR" : "MEMBER";
            case 2 -> roll < 60 ? "BUSINESS_UNIT_SUPPORT" : "MEMBER";
            default -> roll < 8 ? "ADVISER" : roll < 11 ? "DEPUTY" : "MEMBER";
        };
    }

    private static LocalDate day(Random random, int fromDays, int toDays) {
        return EPOCH.plusDays(fromDays + random.nextInt(toDays - fromDays));
    }

    private static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

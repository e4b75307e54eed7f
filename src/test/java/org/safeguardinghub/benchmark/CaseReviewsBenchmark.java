package org.safeguardinghub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.benchmark.Measurements.encode;
import static org.safeguardinghub.benchmark.Measurements.ms;
import static org.safeguardinghub.benchmark.Measurements.percentile;
import static org.safeguardinghub.benchmark.Measurements.row;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import jakarta.persistence.EntityManagerFactory;
import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.demo.SyntheticActivity;
import org.safeguardinghub.demo.SyntheticData;
import org.safeguardinghub.demo.SyntheticReviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load on the case reviews dashboard and the recurring learning themes page at national scale: every
 * synthetic partnership with its meetings and 1,333 tracker actions ({@link SyntheticActivity}), and
 * about 20 reviews and 200 learning findings with their own actions ({@link SyntheticReviews}). 16
 * business-unit users at once, each on their own partnership, request the dashboard
 * ({@code /p/{slug}/case-reviews}) and the themes page ({@code /p/{slug}/learning/themes}) in turn
 * with no think time. Not a {@code *Tests} class, so the normal build skips it; run it with
 * {@code ./mvnw test -Dtest=CaseReviewsBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (see
 * {@code docs/performance.md}). It asserts the data's shape, and that every response was 200 and
 * showed what it should (an open rapid review of the partnership on the dashboard, a theme that came
 * back on the themes page), never how fast; the timings go to {@code target/benchmark/case-reviews.md}.
 *
 * <p>System properties: {@code benchmark.users} (16), {@code benchmark.warmupSeconds} (20),
 * {@code benchmark.measureSeconds} (60), {@code benchmark.maxRounds} (1000 rounds of the two pages
 * per user).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hub.embedded-postgres.data-directory=temporary")
class CaseReviewsBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 16);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmupSeconds", 20);
    private static final int MEASURE_SECONDS = Integer.getInteger("benchmark.measureSeconds", 60);
    private static final int MAX_ROUNDS = Integer.getInteger("benchmark.maxRounds", 1000);
    private static final int ALONE_ROUNDS = 60;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String[] PAGES = {"Case reviews dashboard", "Recurring learning themes"};

    /** Counts every JDBC statement prepared (by Hibernate or JdbcTemplate alike) while switched on. */
    static final AtomicBoolean COUNTING = new AtomicBoolean();
    static final AtomicLong STATEMENTS = new AtomicLong();
    static final java.util.Queue<String> SQL = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Wraps the pool so each statement a request prepares can be counted, whichever API prepared it. */
    @TestConfiguration
    static class StatementCounting {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource target)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(CaseReviewsBenchmark.class.getClassLoader(),
                            new Class<?>[] {DataSource.class, Closeable.class}, (proxy, method, args) -> {
                                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                                    if (target instanceof AutoCloseable closeable) {
                                        closeable.close();
                                    }
                                    return null;
                                }
                                var result = invoke(method, target, args);
                                return result instanceof Connection connection ? counted(connection) : result;
                            });
                }
            };
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(CaseReviewsBenchmark.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        var name = method.getName();
                        if (COUNTING.get() && (name.equals("prepareStatement") || name.equals("prepareCall")
                                || name.equals("createStatement"))) {
                            STATEMENTS.incrementAndGet();
                            SQL.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
                        }
                        return invoke(method, connection, args);
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SyntheticData synthetic;

    @Autowired
    SyntheticActivity activity;

    @Autowired
    SyntheticReviews reviews;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** One request: which page, how long, its status, and whether it showed what it should. */
    record Sample(int page, long nanos, int status, boolean expected, String path) {
    }

    /** A signed-in user, and what each page must show them. */
    record VirtualUser(String username, String slug, HttpClient client, List<List<String>> expected) {

        String path(int page) {
            return "/p/" + slug + (page == 0 ? "/case-reviews" : "/learning/themes");
        }
    }

    @Test
    void caseReviewsAndLearningThemesUnderLoadFromSixteenUsers() throws Exception {
        var scale = SyntheticData.Scale.NATIONAL;
        var filled = synthetic.fill(scale);
        var meetings = activity.fill(SyntheticActivity.Activity.NATIONAL);
        var made = reviews.fill(SyntheticReviews.Reviews.NATIONAL);
        checkTheData(made);

        var users = new ArrayList<VirtualUser>();
        for (int k = 0; k < USERS; k++) {
            users.add(signIn(1 + k * scale.partnerships() / USERS));
        }
        var repeated = new ArrayList<String>();
        var statements = sqlStatementsPerPage(users.getFirst(), repeated);
        var shape = pageShape(users.getFirst());
        var plans = plans(users.getFirst());

        var executor = Executors.newFixedThreadPool(USERS);
        var load = Measurements.underLoad(jdbc, executor, users, WARMUP_SECONDS + MEASURE_SECONDS + 300L, this::run);
        var samples = load.samples();
        double seconds = load.seconds();
        var cpu = load.cpu();
        var alone = alone(users.getFirst());

        var report = report(filled, meetings, made, samples, alone, seconds, cpu, load.loadBefore(), statements, plans, repeated,
                shape);
        var file = Path.of("target", "benchmark", "case-reviews.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);

        assertThat(samples).as("measured requests").isNotEmpty();
        var all = java.util.stream.Stream.concat(samples.stream(), alone.stream()).toList();
        var failures = all.stream().filter(s -> s.status() != 200).toList();
        assertThat(failures).as("responses that were not 200 (first: %s)", failures.isEmpty() ? "none" : failures.getFirst())
                .isEmpty();
        var wrong = all.stream().filter(s -> !s.expected()).toList();
        assertThat(wrong).as("responses without what the page should show (first: %s)", wrong.isEmpty() ? "none" : wrong.getFirst())
                .isEmpty();
    }

    /** About 3,000 reviews and 30,000 findings, with open work on every partnership's dashboard. */
    private void checkTheData(SyntheticReviews.Filled made) {
        assertThat(made.partnerships()).isEqualTo(150);
        assertThat(made.reviews()).as("reviews").isBetween(2_700, 3_300);
        assertThat(made.findings()).as("findings").isBetween(27_000, 33_000);
        assertThat(count("select count(*) from learning_finding")).isEqualTo(made.findings());
        assertThat(count("select count(*) from action where source_type = 'LEARNING_FINDING'")).isEqualTo(made.actions());
        assertThat(count("""
                select count(*) from partnership p where p.slug like 'synthetic-%'
                and exists (select 1 from rapid_review r where r.partnership_id = p.id and r.panel_responded_on is null)
                and exists (select 1 from practice_review r where r.partnership_id = p.id and r.closed_on is null)"""))
                .as("partnerships with open rapid reviews and practice reviews").isEqualTo(150);
        assertThat(count("""
                select count(*) from practice_review where published_on is not null and kind = 'LOCAL_PRACTICE_REVIEW'
                and sent_to_panel_on <= published_on and sent_to_secretary_of_state_on <= published_on"""))
                .isEqualTo(made.publishedLocalReviews()).isPositive();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private VirtualUser signIn(int n) throws IOException, InterruptedException {
        var slug = SyntheticData.slug(n);
        var username = SyntheticData.username(n);
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var page = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString());
        var csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
        assertThat(csrf).isNotNull();
        var form = "username=" + encode(username) + "&password=" + encode(SyntheticData.PASSWORD) + "&_csrf=" + encode(csrf.val());
        var signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signing in as " + username)
                .doesNotContain("/sign-in");
        SecondFactorStep.giveIfAsked(client, signedIn, this::uri);
        long partnershipId = jdbc.queryForObject("select id from partnership where slug = ?", Long.class, slug);
        // The dashboard lists the partnership's open rapid reviews and practice reviews; the themes page shows a
        // theme that came back.
        long openRapidReview = jdbc.queryForObject("""
                select min(id) from rapid_review where partnership_id = ? and panel_responded_on is null""", Long.class, partnershipId);
        long openPracticeReview = jdbc.queryForObject("""
                select min(id) from practice_review where partnership_id = ? and closed_on is null""", Long.class, partnershipId);
        var expected = List.of(
                List.of("id=\"open-reviews\"", "/case-reviews/rapid-reviews/" + openRapidReview + "\"",
                        "/case-reviews/practice-reviews/" + openPracticeReview + "\""),
                List.of("id=\"themes-data\"", "Raised again on"));
        var user = new VirtualUser(username, slug, client, expected);
        for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
            var response = client.send(get(user.path(pageNo)), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + user.path(pageNo)).isEqualTo(200);
            for (var text : expected.get(pageNo)) {
                assertThat(response.body()).as("GET " + user.path(pageNo) + " shows " + text).contains(text);
            }
        }
        return user;
    }

    /**
     * How many SQL statements one request for each page runs: every statement prepared on the pool
     * (JPA and JdbcTemplate alike), and Hibernate's own count with the entities it loaded, switched on
     * only for these requests (before the load, so they do not slow it). The fewest of three requests.
     */
    private String[] sqlStatementsPerPage(VirtualUser user, List<String> repeated) throws IOException, InterruptedException {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var counts = new String[PAGES.length];
        for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
            long fewest = Long.MAX_VALUE;
            String hibernate = "";
            for (int attempt = 0; attempt < 3; attempt++) {
                statistics.setStatisticsEnabled(true);
                statistics.clear();
                STATEMENTS.set(0);
                SQL.clear();
                COUNTING.set(true);
                try {
                    var response = user.client().send(get(user.path(pageNo)), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(200);
                } finally {
                    COUNTING.set(false);
                    statistics.setStatisticsEnabled(false);
                }
                if (STATEMENTS.get() < fewest) {
                    fewest = STATEMENTS.get();
                    if (attempt == 0) {
                        repeated.add(PAGES[pageNo] + ": " + describeStatements(new ArrayList<>(SQL)));
                    }
                    hibernate = statistics.getPrepareStatementCount() + " by Hibernate, " + statistics.getEntityLoadCount()
                            + " entities and " + statistics.getCollectionLoadCount() + " collections loaded";
                }
            }
            counts[pageNo] = fewest + " (" + hibernate + ")";
        }
        return counts;
    }

    /** The statements one request ran, most repeated first: the tables each reads, and how many times. */
    private static String describeStatements(List<String> statements) {
        var byTable = new LinkedHashMap<String, Integer>();
        for (var sql : statements) {
            var lower = sql.toLowerCase(Locale.ROOT);
            var verb = lower.strip().split("\\s+")[0];
            var matcher = java.util.regex.Pattern.compile("(?:from|into|update)\\s+([a-z_]+)").matcher(lower);
            var table = matcher.find() ? matcher.group(1) : "?";
            byTable.merge(verb + " " + table, 1, Integer::sum);
        }
        return byTable.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> e.getKey() + " x" + e.getValue()).toList().toString();
    }

    private List<Sample> run(VirtualUser user, CyclicBarrier warmedUp, AtomicLong measureStart) throws Exception {
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
        while (System.nanoTime() < warmupEnd) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                user.client().send(get(user.path(pageNo)), HttpResponse.BodyHandlers.ofString());
            }
        }
        warmedUp.await(WARMUP_SECONDS + 300L, TimeUnit.SECONDS);
        long deadline = measureStart.get() + TimeUnit.SECONDS.toNanos(MEASURE_SECONDS);
        var samples = new ArrayList<Sample>();
        for (int round = 0; round < MAX_ROUNDS && System.nanoTime() < deadline; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                samples.add(timed(user, pageNo));
            }
        }
        return samples;
    }

    private Sample timed(VirtualUser user, int pageNo) {
        var path = user.path(pageNo);
        long start = System.nanoTime();
        int status;
        String body;
        try {
            var response = user.client().send(get(path), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (IOException | InterruptedException failed) {
            status = -1;
            body = "";
        }
        long nanos = System.nanoTime() - start;
        var shown = body;
        return new Sample(pageNo, nanos, status, user.expected().get(pageNo).stream().allMatch(shown::contains), path);
    }

    private List<Sample> alone(VirtualUser user) {
        var samples = new ArrayList<Sample>();
        for (int round = 0; round < ALONE_ROUNDS; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                samples.add(timed(user, pageNo));
            }
        }
        return samples;
    }

    /** How much the first user's two pages show: rows on the dashboard, themes raised and come back. */
    private String pageShape(VirtualUser user) throws IOException, InterruptedException {
        var dashboard = Jsoup.parse(user.client().send(get(user.path(0)), HttpResponse.BodyHandlers.ofString()).body());
        var themes = Jsoup.parse(user.client().send(get(user.path(1)), HttpResponse.BodyHandlers.ofString()).body());
        var rows = dashboard.select("#open-reviews tbody tr");
        var kinds = new java.util.TreeMap<String, Integer>();
        rows.forEach(r -> kinds.merge(r.select("td").first() == null ? "?" : r.select("td").first().text().replaceAll(" [A-Z]+[0-9]+.*$", ""),
                1, Integer::sum));
        return String.format(Locale.ROOT, "%s: the dashboard has %d open rows %s and %d other rows; the themes page %d themes, "
                        + "%d raised, %d that came back after closure; %d and %d KB of HTML",
                user.slug(), rows.size(), kinds, dashboard.select("tbody tr").size() - rows.size(),
                themes.select("#themes-data tbody tr").size(), themes.select("svg rect").size() - 2,
                themes.select("#themes-data .govuk-tag--red").size(), dashboard.outerHtml().length() / 1024,
                themes.outerHtml().length() / 1024);
    }

    /** The plans and times PostgreSQL reports for the pages' main queries, for the first user's partnership. */
    private List<String> plans(VirtualUser user) {
        long partnershipId = jdbc.queryForObject("select id from partnership where slug = ?", Long.class, user.slug());
        long finding = jdbc.queryForObject("select min(id) from learning_finding where partnership_id = ?", Long.class, partnershipId);
        var findings = "(select id from learning_finding where partnership_id = " + partnershipId + ")";
        var queries = new LinkedHashMap<String, String>();
        queries.put("The partnership's findings", "select * from learning_finding where partnership_id = " + partnershipId
                + " order by source_date desc, id desc");
        queries.put("One finding's themes", "select theme_id from learning_finding_theme where finding_id = " + finding);
        var findingIds = jdbc.queryForList("select id from learning_finding where partnership_id = ?", Long.class, partnershipId);
        queries.put("Every finding's themes at once (as a batch fetch would)", "select * from learning_finding_theme where finding_id in ("
                + String.join(", ", findingIds.stream().map(String::valueOf).toList()) + ")");
        queries.put("The findings' actions", "select * from action where partnership_id = " + partnershipId
                + " and source_type = 'LEARNING_FINDING' and source_id in " + findings + " order by id");
        queries.put("Their owners", "select * from action_owner where action_id in (select id from action where partnership_id = "
                + partnershipId + " and source_type = 'LEARNING_FINDING')");
        queries.put("The partnership's themes", "select * from learning_theme where partnership_id = " + partnershipId + " order by name");
        queries.put("Referrals", "select * from case_referral where partnership_id = " + partnershipId
                + " order by referred_on desc, id desc");
        queries.put("Notifications", "select * from incident_notification where partnership_id = " + partnershipId
                + " order by became_aware_on desc, id desc");
        queries.put("Rapid reviews", "select * from rapid_review where partnership_id = " + partnershipId);
        queries.put("Outstanding information requests", "select * from information_request where partnership_id = " + partnershipId
                + " and submitted_on is null");
        queries.put("Practice reviews", "select * from practice_review where partnership_id = " + partnershipId);
        queries.put("People in the partnership", "select * from person where id in (select person_id from partnership_person "
                + "where partnership_id = " + partnershipId + ")");
        var plans = new ArrayList<String>();
        for (var query : queries.entrySet()) {
            var lines = jdbc.queryForList("explain (analyze, buffers off) " + query.getValue(), String.class);
            plans.add(query.getKey() + ": " + lines.getLast() + " (" + lines.stream()
                    .filter(l -> l.contains("Index") || l.contains("Seq Scan")).map(String::strip)
                    .map(l -> l.replaceAll("ANY \\('\\{[^}]*}'", "ANY ('{…}'")).distinct().limit(4).toList() + ")");
        }
        return plans;
    }

    private String report(SyntheticData.Filled filled, SyntheticActivity.Filled meetings, SyntheticReviews.Filled made,
            List<Sample> samples, List<Sample> alone, double seconds, double[] cpu, double loadBefore, String[] statements,
            List<String> plans, List<String> repeated, String shape) {
        var out = new StringBuilder();
        out.append("## Case reviews and learning themes, ").append(filled.partnerships()).append(" partnerships, ").append(USERS)
                .append(" concurrent users\n\n");
        out.append("| Page | Requests | Not 200 | Without the expected text | p50 ms | p95 ms | p99 ms | Max ms | Throughput req/s "
                + "| Alone p50 ms | Alone p95 ms | SQL statements per request |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int pageNo = 0; pageNo <= PAGES.length; pageNo++) {
            int page = pageNo;
            var chosen = page == PAGES.length ? samples : samples.stream().filter(s -> s.page() == page).toList();
            var quiet = page == PAGES.length ? alone : alone.stream().filter(s -> s.page() == page).toList();
            long[] millis = chosen.stream().mapToLong(Sample::nanos).sorted().toArray();
            long[] quietMillis = quiet.stream().mapToLong(Sample::nanos).sorted().toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %.1f | %s | %s | %s |%n",
                    page == PAGES.length ? "**Both**" : PAGES[page], millis.length,
                    chosen.stream().filter(s -> s.status() != 200).count(), chosen.stream().filter(s -> !s.expected()).count(),
                    ms(percentile(millis, 0.50)), ms(percentile(millis, 0.95)), ms(percentile(millis, 0.99)),
                    ms(millis.length == 0 ? 0 : millis[millis.length - 1]), millis.length / seconds,
                    ms(percentile(quietMillis, 0.50)), ms(percentile(quietMillis, 0.95)),
                    page == PAGES.length ? "" : statements[page]));
        }
        out.append("\n| Measure | Value |\n|---|---|\n");
        row(out, "Date (UTC)", LocalDate.now(ZoneOffset.UTC).toString());
        row(out, "Structure data", String.format(Locale.ROOT, "%d partnerships, %d organisations, %d people, %d groups, %d memberships; filled in %d ms",
                filled.partnerships(), filled.organisations(), filled.people(), filled.groups(), filled.memberships(), filled.millis()));
        row(out, "Meetings and actions", String.format(Locale.ROOT, "%d meetings, %d actions (%d owners, %d updates); filled in %d ms",
                meetings.meetings(), meetings.actions(), meetings.owners(), meetings.updates(), meetings.millis()));
        row(out, "Case reviews", String.format(Locale.ROOT,
                "%d reviews: %d rapid reviews (%d open) and %d practice reviews (%d local, %d of them published; %d from elsewhere; "
                        + "%d open); %d referrals (%d waiting for triage), %d notifications (%d with the Panel not yet notified), "
                        + "%d requests for information (%d overdue), %d milestones, %d reports; %d joint case review groups made",
                made.reviews(), made.rapidReviews(), made.openRapidReviews(), made.practiceReviews(), made.localReviews(),
                made.publishedLocalReviews(), made.practiceReviews() - made.localReviews(), made.openPracticeReviews(),
                made.referrals(), made.untriagedReferrals(), made.notifications(), made.notYetNotified(), made.informationRequests(),
                made.overdueRequests(), made.milestones(), made.reports(), made.groupsMade()));
        row(out, "Learning", String.format(Locale.ROOT,
                "%d findings with %d theme tags; %d actions for them (%d closed), %d owners, %d updates; filled in %d ms",
                made.findings(), made.themeTags(), made.actions(), made.closedActions(), made.owners(), made.updates(), made.millis()));
        row(out, "Load", USERS + " users, one request at a time each, no think time; warm-up " + WARMUP_SECONDS
                + " s, measured up to " + MEASURE_SECONDS + " s or " + MAX_ROUNDS + " rounds of the two pages; then "
                + ALONE_ROUNDS + " rounds for one user alone");
        row(out, "Measured phase", String.format(Locale.ROOT, "%.1f s", seconds));
        row(out, "Processor time in the measured phase", String.format(Locale.ROOT,
                "JVM %.1f s, PostgreSQL %.1f s, anything else on the machine %.1f s, of %.1f s available",
                cpu[0], cpu[1], Math.max(0, cpu[2] - cpu[0] - cpu[1]), Runtime.getRuntime().availableProcessors() * seconds));
        row(out, "Load average (1 min) before and after", String.format(Locale.ROOT, "%.2f, %.2f", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        row(out, "What the first user's pages show", shape);
        repeated.forEach(page -> row(out, "Statements of one request", page));
        plans.forEach(plan -> row(out, "Plan", plan.replace("|", "/")));
        row(out, "Machine", Runtime.getRuntime().availableProcessors() + " processors, Java " + System.getProperty("java.version"));
        return out.toString();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

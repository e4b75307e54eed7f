package org.safeguardinghub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.benchmark.Measurements.encode;
import static org.safeguardinghub.benchmark.Measurements.ms;
import static org.safeguardinghub.benchmark.Measurements.percentile;
import static org.safeguardinghub.benchmark.Measurements.row;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.safeguardinghub.demo.SyntheticStrategy;
import org.safeguardinghub.demo.SyntheticData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load on the strategy, risk and challenge pages at national scale: every synthetic partnership
 * with its strategic plan, business plan (30-60 activities with quarterly progress), risk register
 * (20-40 risks with their rating history) and challenge log (10-30 challenges). 16 business-unit
 * users at once, each on their own partnership, read the strategic plan, the business plan, a
 * priority's quarter-by-quarter view, the plan on a page, the risk register, the heat map and the
 * challenge log. Not a {@code *Tests} class, so the normal build skips it; run it with
 * {@code ./mvnw test -Dtest=StrategyPagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (see {@code docs/performance.md}). It asserts the data's shape and that every response was right,
 * never how fast; the timings go to {@code target/benchmark/strategy-pages.md}.
 *
 * <p>System properties: {@code benchmark.users} (16), {@code benchmark.warmupSeconds} (20),
 * {@code benchmark.measureSeconds} (60), {@code benchmark.maxRounds} (1000 rounds of the seven pages
 * per user).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hub.embedded-postgres.data-directory=temporary")
class StrategyPagesBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 16);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmupSeconds", 20);
    private static final int MEASURE_SECONDS = Integer.getInteger("benchmark.measureSeconds", 60);
    private static final int MAX_ROUNDS = Integer.getInteger("benchmark.maxRounds", 1000);
    private static final int ALONE_ROUNDS = 60;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String[] PAGES = {"Strategic plan", "Business plan", "Priority by quarter", "Plan on a page",
        "Risk register", "Heat map", "Challenge log"};

    @LocalServerPort
    int port;

    @Autowired
    SyntheticData synthetic;

    @Autowired
    SyntheticStrategy strategy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    record Sample(int page, long nanos, int status, String path) {
    }

    record VirtualUser(String username, String slug, HttpClient client, long planId, long businessPlanId,
            List<Long> priorityIds) {

        String path(int page, int round) {
            var base = "/p/" + slug;
            return switch (page) {
                case 0 -> base + "/plans/" + planId;
                case 1 -> base + "/business-plans/" + businessPlanId;
                case 2 -> base + "/priorities/" + priorityIds.get(round % priorityIds.size());
                case 3 -> base + "/plans/" + planId + "/on-a-page";
                case 4 -> base + "/risks";
                case 5 -> base + "/risks/heat-map";
                default -> base + "/challenges";
            };
        }
    }

    @Test
    void strategyPagesUnderLoadFromSixteenUsers() throws Exception {
        var scale = SyntheticData.Scale.NATIONAL;
        var filled = synthetic.fill(scale);
        var made = strategy.fill(SyntheticStrategy.Strategy.NATIONAL);
        checkTheData(made);

        var users = new ArrayList<VirtualUser>();
        for (int k = 0; k < USERS; k++) {
            users.add(signIn(1 + k * scale.partnerships() / USERS));
        }
        var statements = sqlStatementsPerPage(users.getFirst());
        var plans = plans(users.getFirst());

        var executor = Executors.newFixedThreadPool(USERS);
        var load = Measurements.underLoad(jdbc, executor, users, WARMUP_SECONDS + MEASURE_SECONDS + 300L, this::run);
        var samples = load.samples();
        double seconds = load.seconds();
        var cpu = load.cpu();
        var alone = alone(users.getFirst());

        var report = report(filled, made, samples, alone, seconds, cpu, load.loadBefore(), statements, plans);
        var file = Path.of("target", "benchmark", "strategy-pages.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);

        assertThat(samples).as("measured requests").isNotEmpty();
        var failures = java.util.stream.Stream.concat(samples.stream(), alone.stream()).filter(s -> s.status() != 200).toList();
        assertThat(failures).as("responses that were not 200 (first: %s)", failures.isEmpty() ? "none" : failures.getFirst())
                .isEmpty();
    }

    /** Every partnership has a plan, a business plan, a register and a log of the sizes asked for. */
    private void checkTheData(SyntheticStrategy.Filled made) {
        assertThat(made.plans()).isEqualTo(150);
        assertThat(count("select count(*) from plan_activity")).isBetween(150 * 30L, 150 * 60L);
        assertThat(count("select count(*) from risk")).isBetween(150 * 20L, 150 * 40L);
        assertThat(count("select count(*) from challenge")).isBetween(150 * 10L, 150 * 30L);
        assertThat(count("select min(n) from (select count(*) n from plan_priority group by plan_id) c")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from progress_update where rag = 'RED'")).isPositive();
        assertThat(count("select count(*) from plan_activity a join partnership_group g on g.id = a.owner_group_id where g.confidential"))
                .as("activities of confidential groups").isPositive();
        assertThat(count("select count(*) from risk where review_on < current_date and closed_on is null")).as("reviews overdue")
                .isPositive();
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
        long planId = jdbc.queryForObject("select id from strategic_plan where partnership_id = ?", Long.class, partnershipId);
        long businessPlanId = jdbc.queryForObject("select id from business_plan where partnership_id = ?", Long.class, partnershipId);
        var priorityIds = jdbc.queryForList("select id from plan_priority where plan_id = ? order by position", Long.class, planId);
        var user = new VirtualUser(username, slug, client, planId, businessPlanId, priorityIds);
        var expected = new String[] {"/priorities/" + priorityIds.getFirst(), "/activities/" + jdbc.queryForObject(
                "select min(a.id) from plan_activity a join partnership_group g on g.id = a.owner_group_id where a.business_plan_id = ?",
                Long.class, businessPlanId), null, null, "/risks/" + jdbc.queryForObject(
                "select min(id) from risk where partnership_id = ?", Long.class, partnershipId), null, "/challenges/"
                + jdbc.queryForObject("select min(id) from challenge where partnership_id = ?", Long.class, partnershipId)};
        for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
            var response = client.send(get(user.path(pageNo, 0)), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + user.path(pageNo, 0)).isEqualTo(200);
            if (expected[pageNo] != null) {
                assertThat(response.body()).as("GET " + user.path(pageNo, 0) + " links to " + expected[pageNo])
                        .contains(expected[pageNo] + "\"");
            }
        }
        return user;
    }

    /**
     * How many SQL statements one request for each page runs, counted with Hibernate's statistics,
     * switched on only for these requests (before the load, so they do not slow it).
     */
    private String[] sqlStatementsPerPage(VirtualUser user) throws IOException, InterruptedException {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var counts = new String[PAGES.length];
        statistics.setStatisticsEnabled(true);
        try {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                statistics.clear();
                var response = user.client().send(get(user.path(pageNo, 1)), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                counts[pageNo] = statistics.getPrepareStatementCount() + " (" + statistics.getEntityLoadCount()
                        + " entities loaded)";
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return counts;
    }

    private List<Sample> run(VirtualUser user, CyclicBarrier warmedUp, AtomicLong measureStart) throws Exception {
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
        for (int round = 0; System.nanoTime() < warmupEnd; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                user.client().send(get(user.path(pageNo, round)), HttpResponse.BodyHandlers.ofString());
            }
        }
        warmedUp.await(WARMUP_SECONDS + 300L, TimeUnit.SECONDS);
        long deadline = measureStart.get() + TimeUnit.SECONDS.toNanos(MEASURE_SECONDS);
        var samples = new ArrayList<Sample>();
        for (int round = 0; round < MAX_ROUNDS && System.nanoTime() < deadline; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                samples.add(timed(user, pageNo, round));
            }
        }
        return samples;
    }

    private Sample timed(VirtualUser user, int pageNo, int round) {
        var path = user.path(pageNo, round);
        long start = System.nanoTime();
        int status;
        try {
            status = user.client().send(get(path), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException | InterruptedException failed) {
            status = -1;
        }
        return new Sample(pageNo, System.nanoTime() - start, status, path);
    }

    private List<Sample> alone(VirtualUser user) {
        var samples = new ArrayList<Sample>();
        for (int round = 0; round < ALONE_ROUNDS; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                samples.add(timed(user, pageNo, round));
            }
        }
        return samples;
    }

    /** The plans and times PostgreSQL reports for the main query of each register, for the first user's partnership. */
    private List<String> plans(VirtualUser user) {
        long partnershipId = jdbc.queryForObject("select id from partnership where slug = ?", Long.class, user.slug());
        var plans = new ArrayList<String>();
        var queries = new java.util.LinkedHashMap<String, String>();
        queries.put("Business plan's activities", "select * from plan_activity where business_plan_id = " + user.businessPlanId() + " order by id");
        queries.put("Their progress updates", "select * from progress_update where activity_id in (select id from plan_activity where business_plan_id = "
                + user.businessPlanId() + ") order by quarter");
        queries.put("The partnership's priorities (names on every plan and risk page)",
                "select * from plan_priority where partnership_id = " + partnershipId + " order by plan_id, position");
        queries.put("The partnership's business plans", "select * from business_plan where partnership_id = " + partnershipId
                + " order by starts_year desc");
        queries.put("Risks", "select * from risk where partnership_id = " + partnershipId + " order by id");
        queries.put("Challenges", "select * from challenge where partnership_id = " + partnershipId + " order by raised_on desc, id desc");
        queries.put("Memberships (visible groups)", "select * from membership where partnership_id = " + partnershipId);
        queries.put("People in the partnership", "select * from partnership_person where partnership_id = " + partnershipId);
        for (var query : queries.entrySet()) {
            var lines = jdbc.queryForList("explain (analyze, buffers off) " + query.getValue(), String.class);
            plans.add(query.getKey() + ": " + lines.getLast() + " (" + lines.stream()
                    .filter(l -> l.contains("Index") || l.contains("Seq Scan")).map(String::strip).distinct().limit(4).toList() + ")");
        }
        return plans;
    }

    private String report(SyntheticData.Filled filled, SyntheticStrategy.Filled made, List<Sample> samples,
            List<Sample> alone, double seconds, double[] cpu, double loadBefore, String[] statements, List<String> plans) {
        var out = new StringBuilder();
        out.append("## Strategy, risk and challenge pages, ").append(filled.partnerships()).append(" partnerships, ").append(USERS)
                .append(" concurrent users\n\n");
        out.append("| Page | Requests | Not 200 | p50 ms | p95 ms | p99 ms | Max ms | Throughput req/s | Alone p50 ms | Alone p95 ms | SQL statements per request |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int pageNo = 0; pageNo <= PAGES.length; pageNo++) {
            int page = pageNo;
            var chosen = page == PAGES.length ? samples : samples.stream().filter(s -> s.page() == page).toList();
            var quiet = page == PAGES.length ? alone : alone.stream().filter(s -> s.page() == page).toList();
            long[] millis = chosen.stream().mapToLong(Sample::nanos).sorted().toArray();
            long[] quietMillis = quiet.stream().mapToLong(Sample::nanos).sorted().toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %.1f | %s | %s | %s |%n",
                    page == PAGES.length ? "**All seven**" : PAGES[page], millis.length,
                    chosen.stream().filter(s -> s.status() != 200).count(), ms(percentile(millis, 0.50)),
                    ms(percentile(millis, 0.95)), ms(percentile(millis, 0.99)),
                    ms(millis.length == 0 ? 0 : millis[millis.length - 1]), millis.length / seconds,
                    ms(percentile(quietMillis, 0.50)), ms(percentile(quietMillis, 0.95)),
                    page == PAGES.length ? "" : statements[page]));
        }
        out.append("\n| Measure | Value |\n|---|---|\n");
        row(out, "Date (UTC)", LocalDate.now(ZoneOffset.UTC).toString());
        row(out, "Structure data", String.format(Locale.ROOT, "%d partnerships, %d organisations, %d people, %d groups, %d memberships; filled in %d ms",
                filled.partnerships(), filled.organisations(), filled.people(), filled.groups(), filled.memberships(), filled.millis()));
        row(out, "Strategy data", String.format(Locale.ROOT,
                "%d strategic plans, %d priorities, %d success measures, %d business plans, %d activities (%d of confidential groups), "
                        + "%d progress updates, %d risks, %d ratings in their history, %d challenges, %d challenge steps; filled in %d ms",
                made.plans(), made.priorities(), made.measures(), made.businessPlans(), made.activities(), made.confidentialActivities(),
                made.progressUpdates(), made.risks(), made.ratings(), made.challenges(), made.steps(), made.millis()));
        row(out, "Load", USERS + " users, one request at a time each, no think time; warm-up " + WARMUP_SECONDS
                + " s, measured up to " + MEASURE_SECONDS + " s or " + MAX_ROUNDS + " rounds of the seven pages; then "
                + ALONE_ROUNDS + " rounds for one user alone");
        row(out, "Measured phase", String.format(Locale.ROOT, "%.1f s", seconds));
        row(out, "Processor time in the measured phase", String.format(Locale.ROOT,
                "JVM %.1f s, PostgreSQL %.1f s, anything else on the machine %.1f s, of %.1f s available",
                cpu[0], cpu[1], Math.max(0, cpu[2] - cpu[0] - cpu[1]), Runtime.getRuntime().availableProcessors() * seconds));
        row(out, "Load average (1 min) before and after", String.format(Locale.ROOT, "%.2f, %.2f", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
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

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
import org.safeguardinghub.demo.SyntheticActivity;
import org.safeguardinghub.demo.SyntheticData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load on the action tracker and on search at national scale with a national picture of meetings
 * and actions (about 40,000 meetings and 200,000 actions): 16 business-unit users at once, each on
 * their own partnership, reading the tracker filtered by group, by organisation and to overdue
 * actions, and searching for common and for rare words. Not a {@code *Tests} class, so the normal
 * build skips it; run it with
 * {@code ./mvnw test -Dtest=TrackerAndSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (see {@code docs/performance.md}). It asserts the data's shape and that every response was right,
 * never how fast; the timings go to {@code target/benchmark/tracker-and-search.md}.
 *
 * <p>System properties: {@code benchmark.users} (16), {@code benchmark.warmupSeconds} (20),
 * {@code benchmark.measureSeconds} (60), {@code benchmark.maxRounds} (1000 rounds of the five pages
 * per user).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hub.embedded-postgres.data-directory=temporary")
class TrackerAndSearchBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 16);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmupSeconds", 20);
    private static final int MEASURE_SECONDS = Integer.getInteger("benchmark.measureSeconds", 60);
    private static final int MAX_ROUNDS = Integer.getInteger("benchmark.maxRounds", 1000);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String[] PAGES = {"Tracker by group", "Tracker by organisation", "Tracker, overdue",
        "Search, common words", "Search, rare words"};
    /** Words in a large share of every partnership's minutes and actions, and words in a handful. */
    private static final String[] COMMON = {"neglect", "training", "police", "strategy", "audit report",
        "\"child protection\""};
    private static final String[] RARE = SyntheticActivity.RARE_WORDS.toArray(String[]::new);

    @LocalServerPort
    int port;

    @Autowired
    SyntheticData synthetic;

    @Autowired
    SyntheticActivity activity;

    @Autowired
    JdbcTemplate jdbc;

    record Sample(int page, long nanos, int status, String path) {
    }

    record VirtualUser(String username, String slug, HttpClient client, List<Long> groupIds, List<Long> organisationIds) {

        String path(int page, int round) {
            var base = "/p/" + slug;
            return switch (page) {
                case 0 -> base + "/actions?group=" + groupIds.get(round % groupIds.size());
                case 1 -> base + "/actions?organisation=" + organisationIds.get(round % organisationIds.size());
                case 2 -> base + "/actions?show=overdue";
                case 3 -> base + "/search?q=" + encode(COMMON[round % COMMON.length]);
                default -> base + "/search?q=" + encode(RARE[round % RARE.length]);
            };
        }
    }

    @Test
    void trackerAndSearchUnderLoadFromSixteenUsers() throws Exception {
        var scale = SyntheticData.Scale.NATIONAL;
        var filled = synthetic.fill(scale);
        var made = activity.fill(SyntheticActivity.Activity.NATIONAL);
        checkTheData(made);

        var users = new ArrayList<VirtualUser>();
        for (int k = 0; k < USERS; k++) {
            users.add(signIn(1 + k * scale.partnerships() / USERS));
        }
        var plans = plans(users.getFirst());

        var executor = Executors.newFixedThreadPool(USERS);
        var load = Measurements.underLoad(jdbc, executor, users, WARMUP_SECONDS + MEASURE_SECONDS + 300L, this::run);
        var samples = load.samples();
        double seconds = load.seconds();
        var cpu = load.cpu();
        var alone = alone(users.getFirst());

        var report = report(filled, made, samples, alone, seconds, cpu, load.loadBefore(), plans);
        var file = Path.of("target", "benchmark", "tracker-and-search.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);

        assertThat(samples).as("measured requests").isNotEmpty();
        var failures = java.util.stream.Stream.concat(samples.stream(), alone.stream()).filter(s -> s.status() != 200).toList();
        assertThat(failures).as("responses that were not 200 (first: %s)", failures.isEmpty() ? "none" : failures.getFirst())
                .isEmpty();
    }

    /** The activity has the size and shape asked for: overdue actions, updates, confidential items, attendance. */
    private void checkTheData(SyntheticActivity.Filled made) {
        assertThat(count("select count(*) from meeting")).isBetween(39_000L, 41_000L);
        assertThat(count("select count(*) from action")).isBetween(195_000L, 205_000L);
        assertThat(made.overdueActions()).as("overdue actions").isBetween(5_000, 60_000);
        assertThat(count("""
                select count(*) from action where due_on < current_date and status in ('OPEN', 'IN_PROGRESS')""")).isEqualTo(made.overdueActions());
        assertThat(count("select count(*) from action_update")).isGreaterThan(50_000);
        assertThat(count("select count(*) from agenda_item where confidential")).isPositive();
        assertThat(count("select count(*) from attendance")).isGreaterThan(200_000);
        assertThat(count("select count(*) from decision")).isGreaterThan(40_000);
        assertThat(count("select count(*) from agenda_item where search_vector @@ websearch_to_tsquery('english', 'ombudsman')"))
                .as("a rare word is rare").isBetween(10L, 2_000L);
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
        var groupIds = jdbc.queryForList("select id from partnership_group where partnership_id = ? order by id",
                Long.class, partnershipId);
        var organisationIds = jdbc.queryForList("""
                select organisation_id from partnership_organisation where partnership_id = ? and left_on is null
                order by organisation_id""", Long.class, partnershipId);
        var user = new VirtualUser(username, slug, client, groupIds, organisationIds);
        for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
            var response = client.send(get(user.path(pageNo, 0)), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + user.path(pageNo, 0)).isEqualTo(200);
            if (pageNo == 2) {
                assertThat(response.body()).contains("Overdue");
            }
            if (pageNo == 3) {
                assertThat(response.body()).contains("<mark>");
            }
        }
        return user;
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
        for (int round = 0; round < 60; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                samples.add(timed(user, pageNo, round));
            }
        }
        return samples;
    }

    /** The plans and times PostgreSQL reports for the heaviest queries, for the first user's partnership. */
    private List<String> plans(VirtualUser user) {
        long partnershipId = jdbc.queryForObject("select id from partnership where slug = ?", Long.class, user.slug());
        var plans = new ArrayList<String>();
        for (var words : List.of("neglect", "ombudsman")) {
            var lines = jdbc.queryForList("""
                    explain (analyze, buffers off) select count(*) from search_document d
                    where d.partnership_id = ? and d.document @@ websearch_to_tsquery('english', ?)""", String.class,
                    partnershipId, words);
            plans.add("Search for \"" + words + "\": " + lines.getLast() + " (" + lines.stream()
                    .filter(l -> l.contains("Index") || l.contains("Seq Scan")).map(String::strip).distinct().limit(8).toList() + ")");
        }
        var overdue = jdbc.queryForList("""
                explain (analyze, buffers off) select * from action a where a.partnership_id = ? and a.due_on < current_date
                and a.status in ('OPEN', 'IN_PROGRESS') order by a.due_on, a.id limit 50""", String.class, partnershipId);
        plans.add("Overdue actions: " + overdue.getLast());
        return plans;
    }

    private String report(SyntheticData.Filled filled, SyntheticActivity.Filled made, List<Sample> samples,
            List<Sample> alone, double seconds, double[] cpu, double loadBefore, List<String> plans) {
        var out = new StringBuilder();
        out.append("## Tracker and search, ").append(filled.partnerships()).append(" partnerships, ").append(USERS)
                .append(" concurrent users\n\n");
        out.append("| Page | Requests | Not 200 | p50 ms | p95 ms | p99 ms | Max ms | Throughput req/s | Alone p50 ms | Alone p95 ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int pageNo = 0; pageNo <= PAGES.length; pageNo++) {
            int page = pageNo;
            var chosen = page == PAGES.length ? samples : samples.stream().filter(s -> s.page() == page).toList();
            var quiet = page == PAGES.length ? alone : alone.stream().filter(s -> s.page() == page).toList();
            long[] millis = chosen.stream().mapToLong(Sample::nanos).sorted().toArray();
            long[] quietMillis = quiet.stream().mapToLong(Sample::nanos).sorted().toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %.1f | %s | %s |%n",
                    page == PAGES.length ? "**All five**" : PAGES[page], millis.length,
                    chosen.stream().filter(s -> s.status() != 200).count(), ms(percentile(millis, 0.50)),
                    ms(percentile(millis, 0.95)), ms(percentile(millis, 0.99)),
                    ms(millis.length == 0 ? 0 : millis[millis.length - 1]), millis.length / seconds,
                    ms(percentile(quietMillis, 0.50)), ms(percentile(quietMillis, 0.95))));
        }
        out.append("\n| Measure | Value |\n|---|---|\n");
        row(out, "Date (UTC)", LocalDate.now(ZoneOffset.UTC).toString());
        row(out, "Structure data", String.format(Locale.ROOT, "%d partnerships, %d organisations, %d people, %d groups, %d memberships; filled in %d ms",
                filled.partnerships(), filled.organisations(), filled.people(), filled.groups(), filled.memberships(), filled.millis()));
        row(out, "Activity data", String.format(Locale.ROOT,
                "%d meetings, %d agenda items (%d confidential), %d decisions, %d attendance records, %d matters raised, "
                        + "%d actions (%d overdue), %d owners, %d updates; filled in %d ms",
                made.meetings(), made.agendaItems(), made.confidentialItems(), made.decisions(), made.attendance(),
                made.escalations(), made.actions(), made.overdueActions(), made.owners(), made.updates(), made.millis()));
        row(out, "Search words", "common: " + String.join(", ", COMMON) + "; rare: " + String.join(", ", RARE));
        row(out, "Load", USERS + " users, one request at a time each, no think time; warm-up " + WARMUP_SECONDS
                + " s, measured up to " + MEASURE_SECONDS + " s or " + MAX_ROUNDS + " rounds of the five pages; then 60 rounds for one user alone");
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

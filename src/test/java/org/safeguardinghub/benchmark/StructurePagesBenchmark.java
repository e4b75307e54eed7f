package org.safeguardinghub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.benchmark.Measurements.encode;
import static org.safeguardinghub.benchmark.Measurements.ms;
import static org.safeguardinghub.benchmark.Measurements.postmasterPid;
import static org.safeguardinghub.benchmark.Measurements.percentile;
import static org.safeguardinghub.benchmark.Measurements.postgresProcesses;
import static org.safeguardinghub.benchmark.Measurements.row;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.demo.SyntheticData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load on the structure pages at national scale: 16 business-unit users at once, each reading their
 * own partnership's structure, group and organisation pages over HTTP. Not a {@code *Tests} class,
 * so the normal build skips it; run it with
 * {@code ./mvnw test -Dtest=StructurePagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (see {@code docs/performance.md}). It asserts that the data, sign-in and every measured response
 * are correct, never how fast they were; the timings go to {@code target/benchmark/structure-pages.md}.
 *
 * <p>Tunable with system properties: {@code benchmark.users} (16), {@code benchmark.warmupSeconds}
 * (20), {@code benchmark.measureSeconds} (60) and {@code benchmark.maxRounds} (1000 rounds of the
 * three pages per user): the measured phase ends at whichever limit comes first.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hub.embedded-postgres.data-directory=temporary")
@Import(StructurePagesBenchmark.ReadyClock.class)
class StructurePagesBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 16);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmupSeconds", 20);
    private static final int WARMUP_MAX_ROUNDS = Integer.getInteger("benchmark.warmupMaxRounds", 300);
    private static final int MEASURE_SECONDS = Integer.getInteger("benchmark.measureSeconds", 60);
    private static final int MAX_ROUNDS = Integer.getInteger("benchmark.maxRounds", 1000);
    private static final int ALONE_ROUNDS = Integer.getInteger("benchmark.aloneRounds", 100);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String[] PAGES = {"Structure", "Group", "Organisation"};

    /** When the application said it was ready. */
    static class ReadyClock implements ApplicationListener<ApplicationReadyEvent> {
        static volatile Duration timeTaken;
        static volatile long jvmUptimeMillis;

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            timeTaken = event.getTimeTaken();
            jvmUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SyntheticData synthetic;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    record Sample(int page, long nanos, int status, String path) {
    }

    /** A signed-in user and the pages of their own partnership they keep reading. */
    record VirtualUser(String username, String slug, HttpClient client, List<Long> groupIds, List<Long> organisationIds) {

        String path(int page, int round) {
            return switch (page) {
                case 0 -> "/p/" + slug + "/structure";
                case 1 -> "/p/" + slug + "/groups/" + groupIds.get(round % groupIds.size());
                default -> "/p/" + slug + "/organisations/" + organisationIds.get(round % organisationIds.size());
            };
        }
    }

    @Test
    void structurePagesUnderLoadFromSixteenUsers() throws Exception {
        var scale = SyntheticData.Scale.NATIONAL;
        var filled = synthetic.fill(scale);
        checkTheData(scale, filled);

        var users = new ArrayList<VirtualUser>();
        for (int k = 0; k < USERS; k++) {
            int n = 1 + k * scale.partnerships() / USERS;
            users.add(signIn(n));
        }
        var sqlPerPage = sqlStatementsPerPage(users.getFirst());

        // One platform thread per simulated user, so that the users' clocks do not wait for the carrier
        // threads the server's virtual request threads run on. On an idle machine this made no
        // measurable difference (docs/performance.md); -Dbenchmark.clientThreads=virtual compares.
        var executor = "virtual".equals(System.getProperty("benchmark.clientThreads"))
                ? Executors.newVirtualThreadPerTaskExecutor() : Executors.newFixedThreadPool(USERS);
        var load = Measurements.underLoad(jdbc, executor, users, WARMUP_SECONDS + MEASURE_SECONDS + 120L, this::run);
        var samples = load.samples();
        double seconds = load.seconds();
        var cpu = load.cpu();
        var alone = alone(users.getFirst());

        var memory = ManagementFactory.getMemoryMXBean();
        long heapAfterRun = memory.getHeapMemoryUsage().getUsed();
        String rss = vmRss();
        String postgres = postgresMemory();
        System.gc();
        long heapAfterGc = memory.getHeapMemoryUsage().getUsed();

        var report = report(scale, filled, samples, seconds, cpu, load.loadBefore(), alone, sqlPerPage, heapAfterRun, heapAfterGc,
                memory.getHeapMemoryUsage().getMax(), rss, postgres);
        var file = Path.of("target", "benchmark", "structure-pages.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);

        assertThat(samples).as("measured requests").isNotEmpty();
        var failures = java.util.stream.Stream.concat(samples.stream(), alone.stream()).filter(s -> s.status() != 200)
                .toList();
        assertThat(failures).as("measured responses that were not 200 (first: %s)",
                failures.isEmpty() ? "none" : failures.getFirst()).isEmpty();
    }

    /** The synthetic data looks like a country's partnerships. */
    private void checkTheData(SyntheticData.Scale scale, SyntheticData.Filled filled) {
        assertThat(filled.partnerships()).isEqualTo(scale.partnerships());
        assertThat(filled.organisations()).isEqualTo(scale.organisations());
        assertThat(count("select count(*) from partnership where slug like 'synthetic-%'")).isEqualTo(scale.partnerships());
        assertThat(count("select count(*) from partnership_group")).isGreaterThanOrEqualTo(scale.groups());
        assertThat(count("select count(*) from person")).isGreaterThanOrEqualTo(scale.people());
        // Every partnership has exactly one council, police force and ICB; forces and ICBs serve 2-4.
        for (var type : List.of("LOCAL_AUTHORITY", "POLICE", "INTEGRATED_CARE_BOARD")) {
            var perPartnership = jdbc.queryForList("""
                    select count(o.id) from partnership p
                    left join partnership_organisation po on po.partnership_id = p.id
                    left join organisation o on o.id = po.organisation_id and o.type = ?
                    where p.slug like 'synthetic-%' group by p.id""", Integer.class, type);
            assertThat(perPartnership).as(type + " per partnership").containsOnly(1);
        }
        var sharing = jdbc.queryForList("""
                select count(*) from partnership_organisation po join organisation o on o.id = po.organisation_id
                where o.type in ('POLICE', 'INTEGRATED_CARE_BOARD') group by o.id""", Integer.class);
        assertThat(sharing).as("partnerships per police force or ICB").allMatch(n -> n >= 1 && n <= 4);
        assertThat(sharing.stream().filter(n -> n >= 2).count()).isGreaterThan(sharing.size() * 9L / 10);
        var seats = jdbc.queryForList("""
                select count(distinct person_id) from membership m join partnership_group g on g.id = m.group_id
                join partnership p on p.id = g.partnership_id where p.slug like 'synthetic-%' group by g.id""",
                Integer.class);
        assertThat(seats).as("people per group").hasSize(scale.groups()).allMatch(n -> n >= 8 && n <= 15);
        assertThat(count("select count(*) from membership where ends_on is not null")).isPositive();
        assertThat(count("select count(*) from membership where deputy_id is not null")).isPositive();
        assertThat(count("select count(*) from partnership_group g join partnership p on p.id = g.partnership_id "
                + "where p.slug like 'synthetic-%' and g.parent_id is null")).as("groups at the top: one board each")
                .isEqualTo(scale.partnerships());
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private VirtualUser signIn(int n) throws IOException, InterruptedException {
        var slug = SyntheticData.slug(n);
        var username = SyntheticData.username(n);
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var page = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("GET /sign-in").isEqualTo(200);
        var csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
        assertThat(csrf).as("the sign-in form's _csrf field").isNotNull();
        var form = "username=" + encode(username) + "&password=" + encode(SyntheticData.PASSWORD) + "&_csrf="
                + encode(csrf.val());
        var signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("POST /sign-in as " + username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("where signing in as " + username + " led")
                .doesNotContain("/sign-in");
        SecondFactorStep.giveIfAsked(client, signedIn, this::uri);

        long partnershipId = jdbc.queryForObject("select id from partnership where slug = ?", Long.class, slug);
        var groupIds = jdbc.queryForList("select id from partnership_group where partnership_id = ? order by id",
                Long.class, partnershipId);
        var organisationIds = jdbc.queryForList(
                "select organisation_id from partnership_organisation where partnership_id = ? order by organisation_id",
                Long.class, partnershipId);
        var user = new VirtualUser(username, slug, client, groupIds, organisationIds);

        // Each page works before anything is timed; the structure page shows the board.
        for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
            var response = client.send(get(user.path(pageNo, 0)), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s as %s: %s", user.path(pageNo, 0), username,
                    response.body().substring(0, Math.min(300, response.body().length()))).isEqualTo(200);
            if (pageNo == 0) {
                assertThat(response.body()).contains("Partnership Board");
            }
        }
        return user;
    }

    /**
     * How many SQL statements one request for each page runs, counted with Hibernate's statistics,
     * switched on only for these three requests (before the load, so they do not slow it).
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
        for (int round = 0; round < WARMUP_MAX_ROUNDS && System.nanoTime() < warmupEnd; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                user.client().send(get(user.path(pageNo, round)), HttpResponse.BodyHandlers.ofString());
            }
        }
        warmedUp.await(WARMUP_SECONDS + 120L, TimeUnit.SECONDS);
        long deadline = measureStart.get() + TimeUnit.SECONDS.toNanos(MEASURE_SECONDS);
        var samples = new ArrayList<Sample>(MAX_ROUNDS * PAGES.length);
        for (int round = 0; round < MAX_ROUNDS && System.nanoTime() < deadline; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                var path = user.path(pageNo, round);
                long start = System.nanoTime();
                int status;
                try {
                    status = user.client().send(get(path), HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (IOException failed) {
                    status = -1;
                }
                samples.add(new Sample(pageNo, System.nanoTime() - start, status, path));
            }
        }
        return samples;
    }

    /**
     * The same pages for one user with nobody else about, after the load: what a request costs
     * without queueing behind others for the two processors.
     */
    private List<Sample> alone(VirtualUser user) throws IOException, InterruptedException {
        var samples = new ArrayList<Sample>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int round = 0; round < ALONE_ROUNDS && System.nanoTime() < deadline; round++) {
            for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
                var path = user.path(pageNo, round);
                long start = System.nanoTime();
                int status = user.client().send(get(path), HttpResponse.BodyHandlers.ofString()).statusCode();
                samples.add(new Sample(pageNo, System.nanoTime() - start, status, path));
            }
        }
        return samples;
    }

    private String report(SyntheticData.Scale scale, SyntheticData.Filled filled, List<Sample> samples, double seconds,
            double[] cpu, double loadBefore, List<Sample> alone, String[] sqlPerPage, long heapAfterRun, long heapAfterGc, long heapMax, String rss, String postgres) {
        var out = new StringBuilder();
        out.append("## Structure pages, ").append(scale.partnerships()).append(" partnerships, ").append(USERS)
                .append(" concurrent users\n\n");
        out.append("| Page | Requests | Not 200 | p50 ms | p95 ms | p99 ms | Max ms | Throughput req/s | SQL statements per request |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int pageNo = 0; pageNo <= PAGES.length; pageNo++) {
            int page = pageNo;
            var chosen = page == PAGES.length ? samples : samples.stream().filter(s -> s.page() == page).toList();
            long[] millis = chosen.stream().mapToLong(Sample::nanos).sorted().toArray();
            long notOk = chosen.stream().filter(s -> s.status() != 200).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %.1f | %s |%n",
                    page == PAGES.length ? "**All three**" : PAGES[page], millis.length, notOk,
                    ms(percentile(millis, 0.50)), ms(percentile(millis, 0.95)), ms(percentile(millis, 0.99)),
                    ms(millis.length == 0 ? 0 : millis[millis.length - 1]), millis.length / seconds,
                    page == PAGES.length ? "" : sqlPerPage[page]));
        }
        out.append("\nOne user alone afterwards (no queueing; up to ").append(ALONE_ROUNDS)
                .append(" rounds of the three pages):\n\n");
        out.append("| Page | Requests | p50 ms | p95 ms | Max ms |\n|---|---:|---:|---:|---:|\n");
        for (int pageNo = 0; pageNo < PAGES.length; pageNo++) {
            int page = pageNo;
            long[] millis = alone.stream().filter(s -> s.page() == page).mapToLong(Sample::nanos).sorted().toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", PAGES[page], millis.length,
                    ms(percentile(millis, 0.50)), ms(percentile(millis, 0.95)),
                    ms(millis.length == 0 ? 0 : millis[millis.length - 1])));
        }
        out.append("\n| Measure | Value |\n|---|---|\n");
        row(out, "Date (UTC)", LocalDate.now(ZoneOffset.UTC).toString());
        row(out, "Commit", commit());
        row(out, "Data", String.format(Locale.ROOT,
                "%d partnerships, %d organisations (%d partnership links), %d people (%d partnership links), "
                        + "%d groups, %d memberships, %d accounts",
                filled.partnerships(), filled.organisations(), filled.partnershipOrganisations(), filled.people(),
                filled.partnershipPeople(), filled.groups(), filled.memberships(), filled.accounts()));
        row(out, "Time to fill the data", filled.millis() + " ms");
        row(out, "Load", USERS + " users at once, each on its own partnership, one request at a time, no think time; "
                + "warm-up " + WARMUP_SECONDS + " s (not measured), then measured until " + MEASURE_SECONDS + " s or "
                + MAX_ROUNDS + " rounds of the three pages per user");
        row(out, "Measured phase", String.format(Locale.ROOT, "%.1f s", seconds));
        row(out, "Simulated users' threads", "virtual".equals(System.getProperty("benchmark.clientThreads"))
                ? "virtual" : "platform");
        row(out, "Processor time used in the measured phase", String.format(Locale.ROOT,
                "JVM (server and load generator) %.1f s, PostgreSQL %.1f s, anything else on the machine %.1f s, "
                        + "of %.1f s available (%d processors × %.1f s)",
                cpu[0], cpu[1], Math.max(0, cpu[2] - cpu[0] - cpu[1]), Runtime.getRuntime().availableProcessors() * seconds,
                Runtime.getRuntime().availableProcessors(), seconds));
        row(out, "Load average (1 min) before and after the measured phase", String.format(Locale.ROOT, "%.2f, %.2f",
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        row(out, "Start-up (SpringApplication.run to ApplicationReadyEvent)",
                ReadyClock.timeTaken == null ? "n/a" : ReadyClock.timeTaken.toMillis() + " ms");
        row(out, "JVM start to ApplicationReadyEvent (includes the test runner)", ReadyClock.jvmUptimeMillis + " ms");
        row(out, "Heap used after the run / after a GC / max",
                mb(heapAfterRun) + " / " + mb(heapAfterGc) + " / " + mb(heapMax));
        row(out, "JVM process RSS after the run (server and load generator together)", rss);
        row(out, "Embedded PostgreSQL processes, total PSS", postgres);
        row(out, "Machine", Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        return out.toString();
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    private static String vmRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring("VmRSS:".length()).trim()).findFirst().map(StructurePagesBenchmark::kbToMb)
                    .orElse("n/a");
        } catch (IOException | RuntimeException unavailable) {
            return "n/a";
        }
    }

    /** Proportional set size (shared memory counted once) of the embedded PostgreSQL's processes. */
    private String postgresMemory() {
        long kb = 0;
        int read = 0;
        for (long pid : postgresProcesses(postmasterPid(jdbc))) {
            try {
                for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        read++;
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // The process ended while being read.
            }
        }
        return read == 0 ? "n/a" : (kb / 1024) + " MB in " + read + " processes";
    }

    private static String kbToMb(String value) {
        var kb = Long.parseLong(value.replaceAll("[^0-9]", ""));
        return (kb / 1024) + " MB";
    }

    private static String commit() {
        try {
            var head = git("rev-parse", "--short", "HEAD");
            var dirty = git("status", "--porcelain", "--untracked-files=no");
            return head + (dirty.isBlank() ? "" : " (with uncommitted changes)");
        } catch (IOException | InterruptedException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of("git"));
        command.addAll(Arrays.asList(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IOException(output);
        }
        return output;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}

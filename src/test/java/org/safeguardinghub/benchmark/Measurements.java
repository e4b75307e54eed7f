package org.safeguardinghub.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every benchmark measures the same way: percentiles, processor time, and the report's rows. */
final class Measurements {

    private Measurements() {
    }

    /** One user's loop: warm up, wait at the barrier, then measure until the time is up. */
    interface VirtualUserLoop<U, S> {
        List<S> run(U user, java.util.concurrent.CyclicBarrier warmedUp, java.util.concurrent.atomic.AtomicLong measureStart)
                throws Exception;
    }

    /** What the measured phase gave: every sample, its length, the processor time it took and the load before it. */
    record LoadRun<S>(List<S> samples, double seconds, double[] cpu, double loadBefore) {
    }

    /**
     * Runs every user at once on the executor. When all have warmed up they meet at a barrier, which
     * starts the clock and takes the processor times (JVM, PostgreSQL, the rest); they are taken
     * again when the last user has finished.
     */
    static <U, S> LoadRun<S> underLoad(JdbcTemplate jdbc, java.util.concurrent.ExecutorService executor, List<U> users,
            long timeoutSeconds, VirtualUserLoop<U, S> loop) throws Exception {
        var measureStart = new java.util.concurrent.atomic.AtomicLong();
        var cpuAtStart = new java.util.concurrent.atomic.AtomicReference<double[]>();
        var loadBefore = new java.util.concurrent.atomic.AtomicReference<Double>();
        long postmaster = postmasterPid(jdbc);
        var warmedUp = new java.util.concurrent.CyclicBarrier(users.size(), () -> {
            cpuAtStart.set(cpuSeconds(postmaster));
            loadBefore.set(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            measureStart.set(System.nanoTime());
        });
        var results = new ArrayList<java.util.concurrent.Future<List<S>>>();
        for (var user : users) {
            results.add(executor.submit(() -> loop.run(user, warmedUp, measureStart)));
        }
        var samples = new ArrayList<S>();
        for (var result : results) {
            samples.addAll(result.get(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS));
        }
        long measureEnd = System.nanoTime();
        var cpuAtEnd = cpuSeconds(postmaster);
        var cpu = new double[3];
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] = cpuAtEnd[i] - cpuAtStart.get()[i];
        }
        executor.shutdown();
        return new LoadRun<>(samples, (measureEnd - measureStart.get()) / 1e9, cpu, loadBefore.get());
    }

    static void row(StringBuilder out, String name, String value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The embedded PostgreSQL's main process, found as the parent of this connection's backend; -1 if unknown. */
    static long postmasterPid(JdbcTemplate jdbc) {
        try {
            int backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
            return Long.parseLong(procStat(backend)[1]);
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
    }

    /** The fields of /proc/{pid}/stat after the command name: [0] is state, [1] the parent. */
    static String[] procStat(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }

    static List<Long> postgresProcesses(long postmaster) {
        var processes = new ArrayList<Long>();
        if (postmaster > 0) {
            processes.add(postmaster);
            ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(d -> processes.add(d.pid())));
        }
        return processes;
    }

    /**
     * Processor seconds used so far by this JVM [0], by the PostgreSQL processes [1] and by the
     * whole machine [2] (so what anything else on the machine took is visible).
     */
    static double[] cpuSeconds(long postmaster) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double jvm = os.getProcessCpuTime() / 1e9;
        long ticks = 0;
        for (long pid : postgresProcesses(postmaster)) {
            try {
                var fields = procStat(pid);
                // utime and stime; for the postmaster also its finished children's (cutime, cstime).
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (pid == postmaster) {
                    ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                }
            } catch (IOException | RuntimeException gone) {
                // The process ended while being read.
            }
        }
        double machine = Double.NaN;
        try {
            var total = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < total.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // not idle, not iowait
                    busy += Long.parseLong(total[i]);
                }
            }
            machine = busy / 100.0;
        } catch (IOException | RuntimeException unavailable) {
            // Not Linux: leave it out.
        }
        return new double[] {jvm, ticks / 100.0, machine}; // USER_HZ is 100 on Linux
    }
}

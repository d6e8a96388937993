package org.interleave.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: verifies scalable design families exhaustively and prints what it took, with the
 * reduction against plain search.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Verify scalable designs (worker pool, counter, philosophers, pipeline) and print states, "
                + "executions, steps, time, the reduction against plain search, and the CPU time "
                + "the reduced search's threads took (median), which other load on the cores moves less than time, and the "
                + "heap they allocated per state, which it does not move at all.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--family", defaultValue = "all", description = "pool, counter, philosophers, pipeline or all.")
    String family;

    @Option(names = "--plain-budget", defaultValue = "200000",
            description = "States for the plain search used as a baseline (0 = skip it; default ${DEFAULT-VALUE}).")
    long plainBudget;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed repetitions; the median is printed (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
            description = "Untimed repetitions before the timed ones, so the JIT has compiled the search "
                    + "(default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Threads the search expands states on (default: one per core).")
    int threads;

    @Option(names = "--budget", defaultValue = "0", paramLabel = "N",
            description = "At most N states for the reduced search, as check --budget (0 = no bound on states: the "
                    + "search runs until it is exhaustive or reaches check's memory bound: 1 GiB or 3/4 of the JVM's heap, whichever is less).")
    long budget;

    @Option(names = "--max-millis", defaultValue = "0", paramLabel = "MS",
            description = "Stop each reduced search after MS milliseconds, as check --max-millis, which stops at "
                    + "60000 by default (default ${DEFAULT-VALUE}: no time bound, so the verdicts do not depend "
                    + "on the load).")
    long maxMillis;

    @Option(names = "--size", split = ",", paramLabel = "SIZE",
            description = "Sizes to verify instead of the defaults: N (counter, philosophers, pipeline) or WxJ (pool: "
                    + "W workers, J jobs); needs one --family.")
    List<String> sizes;

    @Override
    public Integer call() throws LevelException {
        PrintWriter out = spec.commandLine().getOut();
        if (warmup < 0) {
            spec.commandLine().getErr().println("--warmup must be at least 0, not " + warmup);
            return ExitCodes.INVALID;
        }
        if (budget < 0) {
            spec.commandLine().getErr().println("--budget must be at least 0 (0 = no bound on states), not " + budget);
            return ExitCodes.INVALID;
        }
        if (maxMillis < 0) {
            spec.commandLine().getErr().println("--max-millis must be at least 0 (0 = no time bound), not " + maxMillis);
            return ExitCodes.INVALID;
        }
        // 0: only the memory budget bounds the search (a level's own bound, 1,000,000 states by
        // default, would stop a large member that the memory budget lets finish).
        long states = budget > 0 ? budget : Long.MAX_VALUE;
        List<DesignFamilies.Member> members = new ArrayList<>();
        if (sizes != null) {
            if (family.equals("all")) {
                spec.commandLine().getErr().println("--size needs one --family");
                return ExitCodes.INVALID;
            }
            for (String size : sizes) {
                DesignFamilies.Member m = member(size);
                if (m == null) {
                    spec.commandLine().getErr().println("unknown family or size: " + family + " " + size);
                    return ExitCodes.INVALID;
                }
                members.add(m);
            }
        }
        if (sizes == null && matches("pool")) {
            members.add(DesignFamilies.workerPool(2, 3));
            members.add(DesignFamilies.workerPool(3, 5));
            members.add(DesignFamilies.workerPool(5, 10));
            members.add(DesignFamilies.workerPool(8, 16));
        }
        if (sizes == null && matches("counter")) {
            for (int n : new int[] {2, 4, 8}) {
                members.add(DesignFamilies.counter(n));
            }
        }
        if (sizes == null && matches("philosophers")) {
            for (int n : new int[] {3, 5, 7}) {
                members.add(DesignFamilies.philosophers(n));
            }
        }
        if (sizes == null && matches("pipeline")) {
            for (int n : new int[] {2, 4, 6}) {
                members.add(DesignFamilies.pipeline(n));
            }
        }
        out.printf(Locale.ROOT, "%-13s %-6s %-13s %10s %11s %11s %9s %9s %8s %8s %7s | %12s %9s %9s | %9s %12s %11s%n",
                "family", "size", "verdict", "states", "executions", "steps", "median ms", "states/s", "B/state",
                "B/stored", "peak MB", "plain states", "plain ms", "reduction", "cpu ms", "states/cpu-s", "alloc/state");
        List<String> notes = new ArrayList<>();
        for (DesignFamilies.Member m : members) {
            Level level = LevelLoader.parse(m.family() + ".level.json", m.json());
            List<Long> times = new ArrayList<>();
            List<Long> cpuTimes = new ArrayList<>();
            List<Long> allocated = new ArrayList<>();
            Report r = null;
            for (int i = 0; i < warmup; i++) {
                check(level, true, states, maxMillis, threads(), null);
            }
            for (int i = 0; i < Math.max(1, repeat); i++) {
                CpuTime cpu = new CpuTime();
                long t0 = System.nanoTime();
                r = check(level, true, states, maxMillis, threads(), cpu);
                times.add((System.nanoTime() - t0) / 1_000_000);
                cpuTimes.add(cpu.nanos());
                allocated.add(cpu.allocated());
            }
            times.sort(null);
            cpuTimes.sort(null);
            allocated.sort(null);
            String plainStates = "-";
            String plainMs = "-";
            String ratio = "-";
            if (plainBudget > 0) {
                long t0 = System.nanoTime();
                Report p = check(level, false, plainBudget, 0, threads(), null);
                plainMs = Long.toString((System.nanoTime() - t0) / 1_000_000);
                plainStates = (p.exhaustive() ? "" : ">=") + p.stats().states();
                ratio = String.format(Locale.ROOT, "%s%.0fx", p.exhaustive() ? "" : ">=",
                        (double) p.stats().states() / Math.max(1, r.stats().states()));
            }
            if (!r.exhaustive()) {
                notes.add(m.family() + " " + m.size() + " is " + r.verdict().json() + ": " + r.stopReason());
            }
            long median = times.get(times.size() / 2);
            long found = r.stats().states();
            long cpuNanos = cpuTimes.get(cpuTimes.size() / 2);
            String cpuMs = cpuNanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", cpuNanos / 1e6);
            String perCpuSecond = cpuNanos < 0 ? "-" : Long.toString((long) (found * 1e9 / Math.max(1, cpuNanos)));
            long alloc = allocated.get(allocated.size() / 2);
            String allocPerState = alloc < 0 ? "-" : Long.toString(alloc / Math.max(1, found));
            out.printf(Locale.ROOT, "%-13s %-6s %-13s %10d %11d %11d %9d %9d %8d %8d %7d | %12s %9s %9s | %9s %12s %11s%n",
                    m.family(), m.size(), r.verdict().json(), found, r.stats().executions(), r.stats().steps(), median,
                    found * 1000 / Math.max(1, median), r.stats().heldBytes() / Math.max(1, found),
                    r.stats().storedBytes() / Math.max(1, found), r.stats().heldBytes() >> 20,
                    plainStates, plainMs, ratio, cpuMs, perCpuSecond, allocPerState);
            out.flush();
        }
        // Why a member is not exhaustive, after the table (so its rows stay one per member).
        for (String note : notes) {
            out.println(note);
        }
        return ExitCodes.CLEARED;
    }

    /** The member of {@link #family} of this size, or null when there is none. */
    private DesignFamilies.Member member(String size) {
        try {
            if (family.equals("pool")) {
                String[] wj = size.split("x");
                return wj.length != 2 ? null : DesignFamilies.workerPool(Integer.parseInt(wj[0]), Integer.parseInt(wj[1]));
            }
            int n = Integer.parseInt(size);
            return switch (family) {
                case "counter" -> DesignFamilies.counter(n);
                case "philosophers" -> DesignFamilies.philosophers(n);
                case "pipeline" -> DesignFamilies.pipeline(n);
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean matches(String f) {
        return family.equals("all") || family.equals(f);
    }

    private int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** {@code cpu}, when not null, makes the search's worker threads and is charged with the calling thread's time. */
    private static Report check(Level level, boolean reduction, long budget, long maxMillis, int threads, CpuTime cpu) {
        Checker checker = new Checker(new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1, budget, 3, reduction, maxMillis),
                () -> false, Explorer.Progress.NONE, System::nanoTime).threads(threads)
                .memory(org.interleave.explore.MemoryGuard.forThisJvm());
        if (cpu == null) {
            return checker.check(level);
        }
        checker.threadFactory(cpu);
        cpu.start();
        try {
            return checker.check(level);
        } finally {
            cpu.stop();
        }
    }

    /**
     * The CPU time of the threads one check searched on: the calling thread's between
     * {@link #start} and {@link #stop}, and all of each worker thread it made (a worker adds its
     * own as it ends; {@link #stop} waits for them). Unlike wall-clock time it hardly moves when
     * other processes share the cores. Negative when the JVM cannot measure thread CPU time.
     * Likewise the heap those threads allocated ({@link #allocated}), which other load does not
     * move at all: a steady measure of what a state costs.
     */
    private static final class CpuTime implements ThreadFactory {
        private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
        private final List<Thread> workers = new ArrayList<>();
        private final AtomicLong workerNanos = new AtomicLong();
        private final AtomicLong workerBytes = new AtomicLong();
        private long own = -1;
        private long ownBytes = -1;
        private boolean measured;

        CpuTime() {
            measured = MX.isCurrentThreadCpuTimeSupported();
            if (measured && !MX.isThreadCpuTimeEnabled()) {
                MX.setThreadCpuTimeEnabled(true);
            }
        }

        @Override
        public synchronized Thread newThread(Runnable r) {
            Thread t = new Thread(() -> {
                try {
                    r.run();
                } finally {
                    workerNanos.addAndGet(MX.getCurrentThreadCpuTime());
                    workerBytes.addAndGet(allocatedHere());
                }
            }, "explorer");
            t.setDaemon(true);
            workers.add(t);
            return t;
        }

        void start() {
            own = MX.getCurrentThreadCpuTime();
            ownBytes = allocatedHere();
        }

        void stop() {
            own = MX.getCurrentThreadCpuTime() - own;
            ownBytes = allocatedHere() - ownBytes;
            List<Thread> made;
            synchronized (this) {
                made = List.copyOf(workers);
            }
            for (Thread t : made) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    measured = false;
                    return;
                }
            }
        }

        long nanos() {
            return measured && own >= 0 ? own + workerNanos.get() : -1;
        }

        /** The bytes the search's threads allocated; negative when the JVM cannot tell. */
        long allocated() {
            return measured && ownBytes >= 0 && MX instanceof com.sun.management.ThreadMXBean
                    ? ownBytes + workerBytes.get() : -1;
        }

        /** The bytes the current thread allocated so far, or -1. */
        private static long allocatedHere() {
            return MX instanceof com.sun.management.ThreadMXBean x && x.isThreadAllocatedMemorySupported()
                    ? x.getCurrentThreadAllocatedBytes() : -1;
        }
    }
}

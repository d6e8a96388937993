package org.interleave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Writes what each top-level test class cost its test JVM — the CPU time of the whole process
 * (its threads, the JIT's and the collector's, and the processes it ran: go, java, bash) and the wall time — and when it started (epoch
 * seconds, for a timeline of the JVMs), one line a class, to {@code
 * <pid>.tsv} in the folder the system property {@value #FOLDER} names (the pom gives each build one
 * under {@code target/test-costs}); nothing without it. On a 2-core machine shared with other work
 * a class's wall time says more about the load than about the class, its CPU time much less; {@code
 * .ci/test-times --cpu} ranks them. A test JVM runs one class at a time (pom), so the process's
 * time while a class runs is that class's. Registered for every run through {@code META-INF/services}.
 */
public final class ClassCosts implements TestExecutionListener {
    /** The system property that names the folder. */
    public static final String FOLDER = "interleave.costs";

    private final Map<String, long[]> started = new HashMap<>();

    @Override
    public void executionStarted(TestIdentifier id) {
        if (topLevelClass(id) && !System.getProperty(FOLDER, "").isBlank()) {
            started.put(id.getUniqueId(), new long[] {cpuNanos(), System.nanoTime(), System.currentTimeMillis()});
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        long[] start = started.remove(id.getUniqueId());
        if (start == null) {
            return;
        }
        String line = String.format(Locale.ROOT, "%.2f\t%.2f\t%.3f\t%s%n", (cpuNanos() - start[0]) / 1e9,
                (System.nanoTime() - start[1]) / 1e9, start[2] / 1e3, ((ClassSource) id.getSource().orElseThrow()).getClassName());
        try {
            Path file = Path.of(System.getProperty(FOLDER), ProcessHandle.current().pid() + ".tsv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class right under its engine (not a nested class, whose time its outer class's includes). */
    private static boolean topLevelClass(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).isPresent()
                && UniqueId.parse(id.getUniqueId()).getSegments().size() == 2;
    }

    /** The JVM's CPU time and, on Linux, that of the processes it started and has seen end (go, java, bash). */
    private static long cpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime()
                + childrenNanos();
    }

    /** cutime + cstime of /proc/self/stat, in clock ticks of 10 ms (USER_HZ); 0 where there is none. */
    private static long childrenNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command's name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

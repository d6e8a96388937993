package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.explore.Verdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-checks the exporter, and the engine, against Go itself — when {@code go} is on the PATH
 * (otherwise the check is skipped, and says so).
 *
 * <p>Every design of {@link CrossCheckCase#all()} is exported; the programs must pass
 * {@code gofmt -l} and {@code go vet}. Then all of them are built into one program ({@link GoDriver}),
 * twice — plain and with {@code -race} (Go's deadlock detector does not work under the race
 * detector, golang/go#20588). So two links serve every design, and the
 * compiled packages stay in the user's Go build cache for the next run. A design the engine clears
 * comes with copies of its package, so that its runs each way share one process. (The driver initialises
 * every design's package at start; a context timer of another design runs out within its few
 * milliseconds and touches nothing of the design that runs.)
 *
 * <p>Then each design runs as {@link CrossCheckRuns} says its claim needs, four processes at a time
 * (the designs the engine clears {@value #BATCH} to a process each way, one after the other), with the
 * goroutines of each run let run on after its main returns, as the engine's do
 * ({@link GoDriver#RUN_ON}): a design the engine clears must run cleanly every time each way; a design
 * whose every execution deadlocks must make Go report the deadlock; a design whose verdict is a race
 * must make the race detector report one. The counts are printed per design (a design that shared a
 * process with its share of the process's time).
 */
class GoCrossCheckTest {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    /** Designs a shared process runs: few enough that four processes share the work evenly. */
    private static final int BATCH = 10;
    private static final String MODULE = "interleave.crosscheck";
    private static final String NO_GO = "skipped: no 'go' command on the PATH"
            + " (install Go, e.g. apt-get install golang-go, to run the cross-check)";

    @TempDir
    static Path work;

    private static GoRunner go;
    private static List<CrossCheckCase> cases = List.of();
    private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static GoRunner.Result gofmt;
    private static GoRunner.Result vet;
    private static GoRunner.Result plainBuild;
    private static GoRunner.Result raceBuild;
    private static boolean raceUnavailable;

    /** How the runs of one design's two binaries went. */
    record Outcome(RunTally plain, RunTally race) {}

    @BeforeAll
    static void exportBuildAndRun() throws Exception {
        long t0 = System.nanoTime();
        // the race detector drops a report whose earlier access has left its history (by default 32K
        // events a goroutine, which a few milliseconds of instrumented work fill): with the longest
        // history it no longer misses guard-the-counter's race in about half the runs
        go = GoOnPath.find(work.resolve("gopath")).map(g -> g.with("GORACE", "history_size=7")).orElse(null);
        if (go == null) {
            System.out.println("GoCrossCheckTest: " + NO_GO);
            return;
        }
        Path module = work.resolve("module");
        Files.createDirectories(module);
        Files.writeString(module.resolve("go.mod"), "module " + MODULE + "\n\ngo 1.19\n");
        cases = CrossCheckCase.all();
        Map<String, Integer> packages = new LinkedHashMap<>();
        for (CrossCheckCase c : cases) {
            String program = GoExporter.export(c.level());
            write(module.resolve("export").resolve(c.dir()).resolve("main.go"), program);
            String design = GoDriver.asPackage(program, c.name());
            Path dir = module.resolve("designs").resolve(c.dir());
            write(dir.resolve("design.go"), design);
            int n = CrossCheckRuns.of(c, true).packages();
            for (int k = 1; k < n; k++) {
                write(dir.resolve(GoDriver.copy(k)).resolve("design.go"), design);
            }
            packages.put(c.dir(), n);
        }
        write(module.resolve("driver").resolve("main.go"), GoDriver.source(MODULE, packages, true));
        long t1 = System.nanoTime();
        gofmt = go.gofmtList(module.resolve("export"));
        vet = go.go(module, BUILD_TIMEOUT, "vet", "./export/...");
        plainBuild = go.go(module, BUILD_TIMEOUT, "build", GoOnPath.TRIMPATH, "-o", work.resolve("plain").toString(),
                "./driver");
        raceBuild = go.go(module, BUILD_TIMEOUT, "build", GoOnPath.TRIMPATH, "-race", "-o", work.resolve("race").toString(),
                "./driver");
        // before Go 1.20 the race detector needs cgo, hence a C compiler
        String raceErrors = raceBuild.both();
        raceUnavailable = !raceBuild.ok() && (raceErrors.contains("cgo") || raceErrors.contains("C compiler"));
        if (raceUnavailable) {
            System.out.println("GoCrossCheckTest: no race detector here, its checks are skipped:\n" + raceErrors);
        }
        long t2 = System.nanoTime();
        runAll();
        long t3 = System.nanoTime();
        report(go.version(module), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * Runs the binaries as {@link CrossCheckRuns} says, four processes at a time: the designs whose
     * runs share a process each way go {@value #BATCH} to a process (the driver runs them one after
     * the other), the others each in processes of their own.
     */
    private static void runAll() throws Exception {
        Map<String, RunTally> plain = new ConcurrentHashMap<>();
        Map<String, RunTally> race = new ConcurrentHashMap<>();
        List<Callable<Object>> jobs = new ArrayList<>();
        if (plainBuild.ok()) {
            Map<String, CrossCheckRuns> plans = new LinkedHashMap<>();
            cases.forEach(c -> plans.put(c.dir(), CrossCheckRuns.of(c, raceBuild.ok())));
            batch(plans, CrossCheckRuns::plain, work.resolve("plain"), plain, jobs);
            batch(plans, CrossCheckRuns::race, work.resolve("race"), race, jobs);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Object> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (CrossCheckCase c : cases) {
            OUTCOMES.put(c.name(), new Outcome(plain.getOrDefault(c.dir(), RunTally.NONE),
                    race.getOrDefault(c.dir(), RunTally.NONE)));
        }
    }

    /** Adds the jobs that run one binary for every design: batches of shared processes first, they take longest. */
    private static void batch(Map<String, CrossCheckRuns> plans, Function<CrossCheckRuns, CrossCheckRuns.Runs> way,
                              Path binary, Map<String, RunTally> into, List<Callable<Object>> jobs) {
        String driver = binary.toString();
        Map<String, Integer> shared = new LinkedHashMap<>();
        plans.forEach((dir, plan) -> {
            CrossCheckRuns.Runs runs = way.apply(plan);
            if (runs.oneProcess()) {
                shared.put(dir, runs.runs());
            } else if (runs.runs() > 0) {
                jobs.add(() -> into.put(dir, runs.on(go, work, driver, dir)));
            }
        });
        List<String> dirs = List.copyOf(shared.keySet());
        for (int i = 0; i < dirs.size(); i += BATCH) {
            Map<String, Integer> some = new LinkedHashMap<>();
            dirs.subList(i, Math.min(dirs.size(), i + BATCH)).forEach(d -> some.put(d, shared.get(d)));
            jobs.add(0, () -> {
                into.putAll(RunTally.inOneProcess(go, work, driver, some, CrossCheckRuns.RUN_TIMEOUT));
                return null;
            });
        }
    }

    private static void report(String version, long exportMillis, long buildMillis, long runMillis) {
        StringBuilder b = new StringBuilder();
        b.append("Go cross-check (").append(version).append("): ").append(cases.size()).append(" designs; ")
                .append("engine checks and export ").append(exportMillis).append(" ms, gofmt + vet + two builds of one driver ")
                .append(buildMillis).append(" ms, runs ").append(runMillis).append(" ms\n");
        for (CrossCheckCase c : cases) {
            Outcome o = OUTCOMES.get(c.name());
            String note = c.alwaysDeadlocks() ? " (all)" : c.findsRace() && c.verdict() != Verdict.RACE ? " +race" : "";
            b.append(String.format("  %-56s engine %-8s%-7s| plain: %s | -race: %s%n", c.name(), c.verdict().json(),
                    note, o.plain(), o.race()));
        }
        System.out.print(b);
    }

    @TestFactory
    Stream<DynamicTest> everyDesign_isGofmtCleanVetCleanAndAgreesWithTheEngine() {
        if (go == null) {
            return Stream.of(DynamicTest.dynamicTest("Go cross-check", () -> Assumptions.assumeTrue(false, NO_GO)));
        }
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.verdict().json() + ")", () -> check(c)));
    }

    private static void check(CrossCheckCase c) {
        String file = c.dir() + "/main.go";
        assertEquals(0, gofmt.exit(), () -> "gofmt failed:\n" + gofmt.both());
        assertTrue(gofmt.out().lines().noneMatch(l -> l.strip().equals(file)), () -> "gofmt -l lists " + file);
        assertTrue(vet.ok() || cases.stream().anyMatch(GoCrossCheckTest::vetMentions),
                () -> "go vet failed:\n" + vet.both());
        assertFalse(vetMentions(c), () -> "go vet:\n" + vet.both());
        assertTrue(plainBuild.ok(), () -> "go build:\n" + plainBuild.both());
        assertTrue(raceBuild.ok() || raceUnavailable, () -> "go build -race:\n" + raceBuild.both());
        Outcome o = OUTCOMES.get(c.name());
        String where = " — " + c.name() + ", engine: " + c.verdict().json() + ", plain: " + o.plain()
                + ", -race: " + o.race();
        if (c.verdict() == Verdict.CLEARED) {
            assertEquals(o.plain().runs(), o.plain().clean(),
                    () -> "a cleared design failed to run cleanly" + where + "\n" + o.plain().sample());
            assertEquals(o.race().runs(), o.race().clean(),
                    () -> "a cleared design failed under -race" + where + "\n" + o.race().sample());
        }
        if (c.alwaysDeadlocks()) {
            assertTrue(o.plain().deadlock() > 0,
                    () -> "Go never reported the deadlock" + where + "\n" + o.plain().sample());
        }
        if (c.verdict() == Verdict.RACE && !raceUnavailable) {
            String engine = c.report().findings().stream().filter(f -> f.kind() == Kind.RACE)
                    .map(Finding::message).findFirst().orElse("");
            assertTrue(o.race().race() > 0, () -> "the race detector never reported the race" + where + "\n" + engine);
        }
    }

    private static boolean vetMentions(CrossCheckCase c) {
        return vet.both().lines().anyMatch(l -> l.contains(c.dir() + "/") || l.contains(c.dir() + ":"));
    }
}

package org.interleave.gobridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.oracle.DesignGenerator;

/**
 * Go as an oracle for the soundness of {@code check} (issue 11): every outcome a real run of the
 * exported Go program shows must be among what the exhaustive check reports reachable.
 *
 * <p>Each design is checked by the engine with a goal that forbids every problem and keeps the
 * level's output goal, exported with {@link GoExporter} into one Go module (a package per
 * design, all run by one {@link GoDriver}: one link, not one per design), built once plain and
 * once with {@code -race}, and each design is run a number of times. Go's deadlock detector does not work under the race detector (golang/go#20588: the
 * program hangs instead), so deadlocks are read from the plain runs and races from the race runs.
 * A run shows at most a few outcomes, each mapped to what the engine must then have found:
 * <ul>
 *   <li>{@code WARNING: DATA RACE} — a {@code race} finding;</li>
 *   <li>{@code fatal error: all goroutines are asleep - deadlock!} — a {@code deadlock};</li>
 *   <li>{@code panic: M} or {@code fatal error: M} — a {@code panic} finding with message M, or a
 *       failed {@code assert} whose message is M (the exporter panics with it);</li>
 *   <li>no exit before the timeout (confirmed by a run five times as long when the engine says
 *       main always returns) — main could not return: a {@code hang} or a {@code deadlock} (under
 *       {@code -race} a deadlock looks like this; a race run of a program without timers ends as
 *       soon as the driver sees every goroutine blocked, {@link GoDriver#ASLEEP_WATCH});</li>
 *   <li>a normal exit whose printed values break the level's output goal — an {@code output}
 *       finding.</li>
 * </ul>
 * Two reports come from race-detector rules that DESIGN §4 does not have, and are counted apart,
 * never as misses: the race between a {@code close} and an unordered send (§4: the reachable
 * {@code send on closed channel} panic), and the race between an {@code Add} from zero and an
 * unordered blocking {@code Wait}. (The "WaitGroup is reused" panic is modelled since session 6,
 * docs/go-semantics.md, and counts like any other panic.)
 * An outcome the engine did not report is <em>unsound</em> when the engine's search was
 * exhaustive, and <em>undetermined</em> when it was cut short (its verdict says it may have
 * missed something). Leaks are not visible in Go (the program exits when main returns). The
 * other direction — findings no Go run showed — is counted per kind for information only: a
 * run is one interleaving, chosen by Go's scheduler.
 */
final class GoSoundness {
    /** One design to check: its name, its Go package's directory, and its level. */
    record Subject(String name, String dir, Level level) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What Go showed for one design, and how it compares with the engine's report. */
    record Result(Subject subject, Report report, boolean built, Map<String, Integer> goOutcomes, int runs,
                  List<String> unsound, List<String> undetermined, List<String> outsideModel) {
        boolean cleared() {
            return report.verdict() == Verdict.CLEARED;
        }

        boolean exhaustive() {
            return report.exhaustive();
        }
    }

    /** Fixed-seed random designs from the oracle's generator, as the oracle soak draws them. */
    static List<Subject> random(long seed, int count) {
        Random random = new Random(seed);
        List<Subject> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long designSeed = random.nextLong();
            String json = DesignGenerator.json(new Random(designSeed));
            try {
                Level l = LevelLoader.parse("random.level.json", json);
                out.add(new Subject("random " + seed + "/" + i + " (design seed " + designSeed + ")", "r" + i, l));
            } catch (LevelException e) {
                throw new IllegalStateException("the generator made an invalid level: " + e.problems() + "\n" + json, e);
            }
        }
        return out;
    }

    /**
     * The real-world corpus and the campaign: every real-world design, and every campaign level's
     * solution and starting design (when it has a main goroutine).
     */
    static List<Subject> corpus() throws IOException {
        List<Subject> out = new ArrayList<>();
        for (Path f : levelFiles(Path.of("src", "test", "resources", "realworld"))) {
            String base = baseName(f);
            out.add(new Subject("real-world " + base, "rw-" + base.replace('.', '-'), load(f)));
        }
        for (Path f : levelFiles(Path.of("levels"))) {
            Level l = load(f);
            String base = baseName(f);
            if (l.solution() != null) {
                out.add(new Subject("campaign " + base + " (solution)", "solution-" + base, l.withDesign(l.solution())));
            }
            if (l.design().goroutines().stream().anyMatch(g -> g.start() == Part.Start.MAIN)) {
                out.add(new Subject("campaign " + base + " (start)", "start-" + base, l));
            }
        }
        return out;
    }

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern FAILED_PACKAGE = Pattern.compile("(?m)^# interleave\\.soundness/designs/([A-Za-z0-9_-]+)");
    private static final String MODULE = "interleave.soundness";

    private final GoRunner go;
    private final Path work;
    private final int runs;
    private final Duration timeout;
    private final int threads;
    private final long budget;
    /** Wall time of each phase of the last {@link #run}: engine checks and export, the two builds, the runs. */
    long checkMillis;
    long buildMillis;
    long raceBuildMillis;
    long runMillis;

    /**
     * @param runs     runs of each design, plain and under -race
     * @param timeout  how long one run may take before it counts as not exiting
     * @param threads  runs at the same time
     * @param budget   the engine's state budget per design (0: the level's own bounds)
     */
    GoSoundness(GoRunner go, Path work, int runs, Duration timeout, int threads, long budget) {
        this.go = go;
        this.work = work;
        this.runs = runs;
        this.timeout = timeout;
        this.threads = threads;
        this.budget = budget;
    }

    /** The {@code go} command on the PATH, with the kept build cache ({@link GoOnPath}) and a GOPATH in {@code work}. */
    static java.util.Optional<GoRunner> findGo(Path work) throws IOException {
        Files.createDirectories(work);
        return GoOnPath.find(work.resolve("gopath"));
    }

    /** The goal the engine checks: every problem forbidden, the level's output goal kept, no tick limit. */
    static Level strict(Level l) {
        Goal g = l.goal();
        Goal strict = new Goal(true, true, true, true, g.output(), 0, g.cores(), null);
        return new Level(l.format(), l.id(), l.title(), l.brief(), l.chapter(), l.concepts(), Goal.Mode.FIX,
                l.design(), l.palette(), strict, l.bounds(), l.hints(), l.par(), l.solution());
    }

    /** Checks, exports, builds and runs every subject; the results in the subjects' order. */
    List<Result> run(List<Subject> subjects) throws Exception {
        long t0 = System.nanoTime();
        CheckOptions options = new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1000, budget, 3, true, 0);
        Map<String, Report> reports = new TreeMap<>();
        subjects.parallelStream().forEach(s -> {
            Report r = new Checker(options, () -> false, Explorer.Progress.NONE, System::nanoTime).check(strict(s.level()));
            synchronized (reports) {
                reports.put(s.dir(), r);
            }
        });
        Path module = work.resolve("module");
        Files.createDirectories(module);
        Files.writeString(module.resolve("go.mod"), "module " + MODULE + "\n\ngo 1.19\n");
        Map<String, String> programs = new TreeMap<>();
        for (Subject s : subjects) {
            Path dir = module.resolve("designs").resolve(s.dir());
            Files.createDirectories(dir);
            String program = GoExporter.export(s.level());
            programs.put(s.dir(), program);
            // main.go still: GoOutcomes finds the program's lines in race reports by that name
            Files.writeString(dir.resolve("main.go"), GoDriver.asPackage(program, s.name()));
        }
        Files.createDirectories(module.resolve("driver"));
        Files.writeString(module.resolve("driver").resolve(GoDriver.ASLEEP_WATCH_FILE), GoDriver.ASLEEP_WATCH);
        Set<String> broken = new TreeSet<>();
        long t1 = System.nanoTime();
        build(module, programs.keySet(), "bin", broken);
        long t2 = System.nanoTime();
        build(module, programs.keySet(), "race", broken);
        long t3 = System.nanoTime();
        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Subject s : subjects) {
                Report r = reports.get(s.dir());
                futures.add(pool.submit(() -> broken.contains(s.dir())
                        ? new Result(s, r, false, Map.of(), 0, List.of(), List.of(), List.of())
                        : runOne(s, r, programs.get(s.dir()))));
            }
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        checkMillis = (t1 - t0) / 1_000_000;
        buildMillis = (t2 - t1) / 1_000_000;
        raceBuildMillis = (t3 - t2) / 1_000_000;
        runMillis = (System.nanoTime() - t3) / 1_000_000;
        return results;
    }

    /**
     * {@code go build -o <out> ./driver}, the driver of every design's package, once more without
     * the packages that did not compile (an exporter defect, reported as not built) until the rest
     * builds.
     */
    private void build(Path module, Set<String> dirs, String out, Set<String> broken) throws IOException {
        // -s -w: no symbol table or DWARF (linking is most of the cost); tracebacks and race reports keep their lines
        List<String> args = new ArrayList<>(List.of("build", GoOnPath.TRIMPATH, "-ldflags=-s -w", "-o",
                work.resolve(out).toString(), "./driver"));
        if (out.equals("race")) {
            args.add(1, "-race");
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Files.writeString(module.resolve("driver").resolve("main.go"),
                    GoDriver.source(MODULE, dirs.stream().filter(d -> !broken.contains(d)).toList()));
            GoRunner.Result r = go.go(module, BUILD_TIMEOUT, args.toArray(String[]::new));
            if (r.ok()) {
                return;
            }
            Matcher m = FAILED_PACKAGE.matcher(r.both());
            boolean any = false;
            while (m.find()) {
                String dir = m.group(1);
                if (broken.add(dir) || Files.exists(module.resolve("designs").resolve(dir))) {
                    any = true;
                    deleteTree(module.resolve("designs").resolve(dir));
                }
            }
            if (!any) {
                throw new IllegalStateException("go build " + String.join(" ", args) + " failed:\n" + r.both());
            }
        }
        throw new IllegalStateException("go build kept failing");
    }

    /** Runs one design in the two binaries and compares what they showed with the engine's report. */
    private Result runOne(Subject s, Report report, String program) {
        Map<String, Integer> outcomes = new TreeMap<>();
        int done = 0;
        Path runDir = work.resolve("run");
        // Under -race a program whose goroutines all block hangs (golang/go#20588): the driver's watch
        // says so, and without timers (none in the program) nothing could wake them, so it ends then.
        boolean timeless = !program.contains("time.");
        for (String flavour : List.of("bin", "race")) {
            String binary = work.resolve(flavour).toString();
            java.util.function.Predicate<String> stopWhen = flavour.equals("race") && timeless
                    ? err -> err.contains(GoDriver.ASLEEP) : null;
            int timeouts = 0;
            for (int i = 0; i < runs && timeouts < (flavour.equals("race") ? 1 : 2); i++) {
                GoRunner.Result r = go.run(runDir, timeout, stopWhen, binary, s.dir());
                if (r.timedOut() && !GoOutcomes.reported("no exit", report)) {
                    // A run of a tiny program that the engine says returns can be slow on a loaded
                    // machine: it counts as not exiting only if it does not exit in five times as long.
                    r = go.run(runDir, timeout.multipliedBy(5), binary, s.dir());
                }
                done++;
                for (String o : GoOutcomes.of(s.level(), program, r, flavour.equals("race"))) {
                    outcomes.merge(o, 1, Integer::sum);
                }
                timeouts += r.timedOut() || r.stopped() ? 1 : 0;
            }
        }
        List<String> unsound = new ArrayList<>();
        List<String> undetermined = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (String o : outcomes.keySet()) {
            if (GoOutcomes.OUTSIDE_MODEL.contains(o)) {
                outside.add(o);
            } else if (!GoOutcomes.reported(o, report)) {
                (report.exhaustive() ? unsound : undetermined).add(o);
            }
        }
        return new Result(s, report, true, outcomes, done, unsound, undetermined, outside);
    }

    /** The summary lines: counts over all results, then each unsound or undetermined design. */
    static String summary(List<Result> results, int runs) {
        int built = 0;
        int cleared = 0;
        int clearedBroken = 0;
        int unsound = 0;
        int undetermined = 0;
        int outside = 0;
        int outsideCleared = 0;
        int exhaustive = 0;
        Map<String, int[]> confirm = new LinkedHashMap<>();
        for (String k : List.of("race", "deadlock", "panic", "assert", "hang", "output")) {
            confirm.put(k, new int[2]);
        }
        StringBuilder details = new StringBuilder();
        for (Result r : results) {
            if (!r.built()) {
                details.append("  NOT BUILT  ").append(r.subject().name()).append('\n');
                continue;
            }
            built++;
            exhaustive += r.exhaustive() ? 1 : 0;
            boolean broken = r.goOutcomes().keySet().stream().anyMatch(o -> !o.equals("clean") && !GoOutcomes.OUTSIDE_MODEL.contains(o));
            if (r.cleared()) {
                cleared++;
                clearedBroken += broken ? 1 : 0;
            }
            unsound += r.unsound().isEmpty() ? 0 : 1;
            undetermined += r.undetermined().isEmpty() ? 0 : 1;
            outside += r.outsideModel().isEmpty() ? 0 : 1;
            outsideCleared += !r.outsideModel().isEmpty() && r.cleared() ? 1 : 0;
            Set<String> engineKinds = new TreeSet<>();
            r.report().findings().forEach(f -> engineKinds.add(f.kind().json()));
            for (String k : engineKinds) {
                int[] c = confirm.get(k);
                if (c != null) {
                    c[0]++;
                    c[1] += goShows(k, r.goOutcomes().keySet()) ? 1 : 0;
                }
            }
            if (!r.unsound().isEmpty() || !r.undetermined().isEmpty() || !r.outsideModel().isEmpty()) {
                details.append(!r.unsound().isEmpty() ? "  UNSOUND      " : !r.undetermined().isEmpty() ? "  UNDETERMINED "
                                : "  OUTSIDE §4   ")
                        .append(r.subject().name()).append(": engine ").append(r.report().verdict().json())
                        .append(' ').append(engineKinds).append(r.exhaustive() ? "" : " (not exhaustive)")
                        .append(", Go ").append(r.goOutcomes()).append(", missed ")
                        .append(!r.unsound().isEmpty() ? r.unsound() : !r.undetermined().isEmpty() ? r.undetermined()
                                : r.outsideModel()).append('\n');
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("designs %d  built %d  engine exhaustive %d  engine cleared %d  "
                        + "cleared but broken by Go %d  unsound %d  undetermined %d  outside DESIGN §4 %d (cleared %d)"
                        + "  (%d runs each, plain and -race)%n",
                results.size(), built, exhaustive, cleared, clearedBroken, unsound, undetermined, outside,
                outsideCleared, runs));
        b.append("engine findings Go also showed (designs):");
        confirm.forEach((k, c) -> b.append(String.format(" %s %d/%d", k, c[1], c[0])));
        b.append('\n').append(details);
        return b.toString();
    }

    private static boolean goShows(String kind, Set<String> outcomes) {
        return switch (kind) {
            case "race" -> outcomes.contains("race");
            case "deadlock" -> outcomes.contains("deadlock") || outcomes.contains("no exit (-race)");
            case "panic", "assert" -> outcomes.stream().anyMatch(o -> o.startsWith("crash: "));
            case "hang" -> outcomes.stream().anyMatch(o -> o.startsWith("no exit"));
            case "output" -> outcomes.stream().anyMatch(o -> o.startsWith("output: "));
            default -> false;
        };
    }

    /** Deletes the working directory and everything in it. */
    void cleanUp() {
        deleteTree(work);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path f) {
        return f.getFileName().toString().replace(".level.json", "");
    }

    private static List<Path> levelFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted().toList();
        }
    }

    private static Level load(Path f) {
        try {
            return LevelLoader.load(f);
        } catch (LevelException e) {
            throw new IllegalStateException(f + ": " + e.problems(), e);
        }
    }

    /**
     * {@code GoSoundness COUNT SEED RUNS [corpus] [TIMEOUT_MS] [THREADS]}: COUNT random designs from
     * SEED (and the corpus when the fourth argument is {@code corpus}), each run RUNS times plain and RUNS under -race;
     * prints the summary and exits 1 if any design is unsound. See {@code scripts/go-soundness.sh}.
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean corpus = args.length > 3 && args[3].equals("corpus");
        long timeoutMs = args.length > 4 ? Long.parseLong(args[4]) : 5000;
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        Path work = Files.createTempDirectory("go-soundness");
        GoRunner go = findGo(work).orElse(null);
        if (go == null) {
            System.out.println("no 'go' command on the PATH: nothing to compare with");
            System.exit(2);
        }
        List<Subject> subjects = new ArrayList<>(random(seed, count));
        if (corpus) {
            subjects.addAll(corpus());
        }
        GoSoundness s = new GoSoundness(go, work, runs, Duration.ofMillis(timeoutMs), threads, 200_000);
        long t0 = System.nanoTime();
        List<Result> results;
        try {
            results = s.run(subjects);
        } finally {
            s.cleanUp();
        }
        System.out.print(summary(results, runs));
        System.out.printf("(%s, seed %d, %d s: engine and export %d ms, build %d ms, -race build %d ms, runs %d ms)%n",
                go.version(Path.of(".")), seed, (System.nanoTime() - t0) / 1_000_000_000, s.checkMillis, s.buildMillis,
                s.raceBuildMillis, s.runMillis);
        System.exit(results.stream().anyMatch(r -> !r.unsound().isEmpty()) ? 1 : 0);
    }
}

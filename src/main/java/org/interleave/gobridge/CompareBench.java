package org.interleave.gobridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;

/**
 * The {@code compare} benchmark: the engine's one exhaustive verification of a design against N
 * runs of the equivalent Go program. Every design is exported into one Go module, built once plain
 * and once with {@code -race} (Go's deadlock detector does not work under the race detector,
 * golang/go#20588): a design the engine finds racy runs the race-detecting binary, any other the
 * plain one. A run reveals the bug when it does not end cleanly: a race report, a deadlock, a
 * panic, a non-zero exit, or no exit before the timeout.
 */
public final class CompareBench {
    /** One design's line of the table. */
    public record Row(String design, String verdict, long engineMillis, int revealed, int runs, long goMillis) {}

    /** The rows, and the one-off cost of the two builds. */
    public record Result(String goVersion, List<Row> rows, long plainBuildMillis, long raceBuildMillis) {}

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private final GoRunner go;
    private final Path work;

    private CompareBench(GoRunner go, Path work) {
        this.go = go;
        this.work = work;
    }

    /**
     * The benchmark, if a working {@code go} is on the PATH; it builds under {@code work}, with the
     * user's Go build cache (so the standard library is compiled once, not on every run).
     */
    public static Optional<CompareBench> find(Path work) {
        Path cache = GoRunner.userCache()
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "interleave-go-cache"));
        try {
            Files.createDirectories(cache);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GoRunner.find(cache, work.resolve("gopath")).map(g -> new CompareBench(g, work));
    }

    /**
     * Checks each level's design with the engine, then runs its Go program {@code runs} times, each
     * run stopped after {@code timeout}.
     *
     * @throws IllegalStateException if the exported programs do not build
     */
    public Result run(List<String> names, List<Level> levels, int runs, Duration timeout) throws IOException {
        List<Verdict> verdicts = new ArrayList<>();
        List<Long> engineMillis = new ArrayList<>();
        for (Level l : levels) {
            long t0 = System.nanoTime();
            Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(l);
            engineMillis.add((System.nanoTime() - t0) / 1_000_000);
            verdicts.add(r.verdict());
        }
        // -trimpath keeps the temporary directory out of the build cache's keys: without it, every
        // compare compiled every package anew.
        Path module = work.resolve("module");
        Files.createDirectories(module);
        Files.writeString(module.resolve("go.mod"), "module interleave.compare\n\ngo 1.19\n");
        for (int i = 0; i < levels.size(); i++) {
            Path dir = module.resolve("d" + i);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("main.go"), GoExporter.export(levels.get(i)));
        }
        GoRunner.Result plain = go.go(module, BUILD_TIMEOUT, "build", "-trimpath", "-o", work.resolve("bin") + "/", "./...");
        if (!plain.ok()) {
            throw new IllegalStateException("go build failed:\n" + plain.both());
        }
        boolean anyRace = verdicts.contains(Verdict.RACE);
        GoRunner.Result race = anyRace
                ? go.go(module, BUILD_TIMEOUT, "build", "-trimpath", "-race", "-o", work.resolve("race") + "/", "./...")
                : new GoRunner.Result(0, "", "", false, false, 0);
        if (!race.ok()) {
            throw new IllegalStateException("go build -race failed:\n" + race.both());
        }
        List<Row> rows = new ArrayList<>();
        Path runDir = work.resolve("run");
        for (int i = 0; i < levels.size(); i++) {
            Verdict v = verdicts.get(i);
            Path binary = work.resolve(v == Verdict.RACE ? "race" : "bin").resolve("d" + i);
            int revealed = 0;
            long millis = 0;
            for (int k = 0; k < runs; k++) {
                GoRunner.Result r = go.run(runDir, timeout, binary.toString());
                millis += r.millis();
                if (!r.ok() || r.err().contains("WARNING: DATA RACE")) {
                    revealed++;
                }
            }
            rows.add(new Row(names.get(i), v.json(), engineMillis.get(i), revealed, runs, millis));
        }
        return new Result(go.version(module), rows, plain.millis(), race.millis());
    }

    /** Deletes the working directory and everything in it. */
    public void cleanUp() {
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

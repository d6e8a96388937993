package org.interleave.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.gobridge.CompareBench;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compare}: for each buggy design, the engine's one exhaustive verification against N runs of
 * the equivalent Go program (built once with {@code -race} for races, plain otherwise).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the engine's exhaustive verification of each design with N runs of its Go program.",
                "A directory stands for its *.buggy.level.json files (default: src/test/resources/realworld).",
                "Needs the 'go' command on the PATH. Exit 0 printed, 2 invalid input or no 'go'."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "20", paramLabel = "N",
            description = "Runs of each Go program (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--timeout-ms", defaultValue = "2000", paramLabel = "MS",
            description = "Stop a Go run after MS milliseconds; it then counts as revealing a hang (default ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Level files, or directories of *.buggy.level.json files.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || timeoutMillis < 1) {
            err.println("--runs and --timeout-ms must be at least 1");
            err.flush();
            return ExitCodes.INVALID;
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths.isEmpty() ? List.of(Path.of("src", "test", "resources", "realworld")) : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".buggy.level.json")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<String> names = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        boolean invalid = false;
        for (Path f : files) {
            try {
                Level l = LevelLoader.load(f);
                if (l.design().goroutines().stream().noneMatch(g -> g.start() == Part.Start.MAIN)) {
                    err.println(new Problem(f.toString(), 1, 1, "the level's design has no main goroutine"));
                    invalid = true;
                    continue;
                }
                names.add(f.getFileName().toString().replace(".level.json", ""));
                levels.add(l);
            } catch (LevelException e) {
                for (Problem p : e.problems()) {
                    err.println(p);
                }
                invalid = true;
            }
        }
        if (invalid || levels.isEmpty()) {
            if (levels.isEmpty() && !invalid) {
                err.println("no designs to compare");
            }
            err.flush();
            return ExitCodes.INVALID;
        }
        CompareBench bench = CompareBench.find(Files.createTempDirectory("interleave-compare")).orElse(null);
        if (bench == null) {
            err.println("compare needs the 'go' command on the PATH, and none works here"
                    + " (install Go 1.19 or later, e.g. apt-get install golang-go)");
            err.flush();
            return ExitCodes.INVALID;
        }
        CompareBench.Result result;
        try {
            result = bench.run(names, levels, runs, Duration.ofMillis(timeoutMillis));
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        } finally {
            bench.cleanUp();
        }
        print(out, result);
        return ExitCodes.CLEARED;
    }

    private void print(PrintWriter out, CompareBench.Result r) {
        int width = Math.max("design".length(), r.rows().stream().mapToInt(x -> x.design().length()).max().orElse(0));
        String format = "| %-" + width + "s | %-14s | %9s | %18s | %9s |%n";
        out.printf(Locale.ROOT, format, "design", "engine verdict", "engine ms", "Go runs revealing", "Go ms");
        out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(width + 2), "-".repeat(16), "-".repeat(10) + ":",
                "-".repeat(19) + ":", "-".repeat(10) + ":");
        long engine = 0;
        long go = 0;
        int revealed = 0;
        int total = 0;
        for (CompareBench.Row row : r.rows()) {
            out.printf(Locale.ROOT, format, row.design(), row.verdict(), row.engineMillis(),
                    row.revealed() + "/" + row.runs(), row.goMillis());
            engine += row.engineMillis();
            go += row.goMillis();
            revealed += row.revealed();
            total += row.runs();
        }
        out.printf(Locale.ROOT, format, "total (" + r.rows().size() + " designs)", "", engine, revealed + "/" + total, go);
        out.printf(Locale.ROOT, "%s; Go ms counts the runs only: the builds, once for all designs, took %d ms plain and %d ms with -race.%n",
                r.goVersion(), r.plainBuildMillis(), r.raceBuildMillis());
        out.flush();
    }
}

package org.interleave.gobridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.engine.Kind;
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

/**
 * One design the Go cross-check exports: its name, the directory of its Go package, the level
 * holding it, the engine's report on it, and whether every one of its executions deadlocks.
 */
record CrossCheckCase(String name, String dir, Level level, Report report, boolean alwaysDeadlocks) {
    Verdict verdict() {
        return report.verdict();
    }

    boolean findsRace() {
        return finds(report, Kind.RACE);
    }

    /**
     * Whether main may never return in some execution (a deadlock or a hang among the findings, even
     * when the verdict names a race): under -race, where Go reports no deadlock, such a run may not end.
     */
    boolean mayNeverReturn() {
        return finds(report, Kind.DEADLOCK) || finds(report, Kind.HANG);
    }

    private static boolean finds(Report report, Kind kind) {
        return report.findings().stream().anyMatch(f -> f.kind() == kind);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A design before the engine has checked it. */
    private record Source(String name, String dir, Level level) {}

    /**
     * Every campaign level's solution and starting design (when it has a main), every real-world
     * design, and every {@link ExportSamples} design, each checked by the engine.
     */
    static List<CrossCheckCase> all() throws IOException {
        List<Source> sources = new ArrayList<>();
        for (Path f : levelFiles(Path.of("levels"))) {
            Level l = load(f);
            String base = baseName(f);
            if (l.solution() != null) {
                Level solved = l.withDesign(l.solution());
                sources.add(new Source("campaign " + base + " (solution)", "solution-" + base, solved));
            }
            if (l.design().goroutines().stream().anyMatch(g -> g.start() == Part.Start.MAIN)) {
                sources.add(new Source("campaign " + base + " (start)", "start-" + base, l));
            }
        }
        for (Path f : levelFiles(Path.of("src", "test", "resources", "realworld"))) {
            String base = baseName(f);
            sources.add(new Source("real-world " + base, "rw-" + base.replace('.', '-'), load(f)));
        }
        for (String sample : ExportSamples.LEVELS.keySet()) {
            sources.add(new Source("sample " + sample, "sample-" + sample, ExportSamples.level(sample)));
        }
        return sources.parallelStream().map(s -> of(s.name(), s.dir(), s.level())).toList();
    }

    /** One design, checked by the engine. */
    static CrossCheckCase of(String name, String dir, Level level) {
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime)
                .check(strict(level));
        // a race may come first, as the verdict, in a design that also deadlocks every time
        boolean always = finds(r, Kind.DEADLOCK) && AlwaysDeadlocks.of(level.design());
        return new CrossCheckCase(name, dir, level, r, always);
    }

    /**
     * The level with a goal that forbids every problem and asks for no output: the verdict then
     * says what is wrong with the design itself, whatever the level asked for (a break level's
     * starting design is "cleared" by its own goal, which forbids nothing).
     */
    private static Level strict(Level l) {
        Goal strict = new Goal(true, true, true, true, null, 0, l.goal().cores(), null);
        return new Level(l.format(), l.id(), l.title(), l.brief(), l.chapter(), l.concepts(), Goal.Mode.FIX,
                l.design(), l.palette(), strict, l.bounds(), l.hints(), l.par(), l.solution());
    }

    private static String baseName(Path f) {
        return f.getFileName().toString().replace(".level.json", "");
    }

    private static List<Path> levelFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted().toList();
        }
    }

    static Level load(Path f) {
        try {
            return LevelLoader.load(f);
        } catch (LevelException e) {
            throw new IllegalStateException(f + ": " + e.problems(), e);
        }
    }
}

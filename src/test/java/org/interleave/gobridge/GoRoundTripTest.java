package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * import-go of export-go's program gives back a design with the same verdict and the same kinds
 * of findings, for every campaign level (its starting design and its solution) and every
 * real-world design.
 */
class GoRoundTripTest {
    @TestFactory
    Stream<DynamicTest> exportThenImport_keepsVerdictAndFindingKinds() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files(Path.of("levels"))) {
            Level l = LevelLoader.load(f);
            if (l.solution() != null) {
                tests.add(DynamicTest.dynamicTest(name(f) + " (solution)", () -> assertRoundTrip(l.withDesign(l.solution()))));
            }
            if (l.design().goroutines().stream().anyMatch(g -> g.start() == Part.Start.MAIN)) {
                tests.add(DynamicTest.dynamicTest(name(f) + " (start)", () -> assertRoundTrip(l)));
            }
        }
        for (Path f : files(Path.of("src", "test", "resources", "realworld"))) {
            Level l = LevelLoader.load(f);
            tests.add(DynamicTest.dynamicTest(name(f), () -> assertRoundTrip(l)));
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void aGoOpAtTheTopOfMain_comesBackAsAGoOp_notAsAnAutoStart_keepingItsTick() throws Exception {
        // main's go op takes a tick, an auto start none: read back as an auto goroutine the design
        // returned at tick 3, within the goal, where the design itself returns at tick 4 (balance
        // the pipeline's starting design came back so, 3 ticks under its goal of 28)
        Level level = workers("""
                {"id": "a", "type": "goroutine", "x": 0, "y": 0, "start": "auto", "ops": [{"op": "work", "ticks": 1}]},""",
                "{\"op\": \"go\", \"g\": \"w\"}", 3);
        Design back = GoImporter.importGo(GoExporter.export(level), sinkOf(level.design())).design();
        assertEquals(List.of("main go", "a auto", "w spawn"), back.goroutines().stream()
                .map(g -> g.id() + " " + (g.start() == Part.Start.MAIN ? g.ops().get(0) instanceof org.interleave.engine.model.Op.Go ? "go" : "?"
                        : g.start().name().toLowerCase(java.util.Locale.ROOT))).sorted(java.util.Comparator.comparing((String n) -> !n.startsWith("main")).thenComparing(n -> n)).toList());
        assertRoundTrip(level);
    }

    @org.junit.jupiter.api.Test
    void aRepeatOfOneGoAtTheTopOfMain_comesBackAsGoOps_notAsCountedAutoGoroutines() throws Exception {
        // written as for i := 0; i < 3; i++ { go w() }, which import-go reads as three auto instances
        Level level = workers("", "{\"op\": \"repeat\", \"times\": 3, \"do\": [{\"op\": \"go\", \"g\": \"w\"}]}", 4);
        Design back = GoImporter.importGo(GoExporter.export(level), sinkOf(level.design())).design();
        assertEquals(List.of(Part.Start.SPAWN), back.goroutines().stream().filter(g -> g.start() != Part.Start.MAIN)
                .map(Part.Goroutine::start).toList());
        assertRoundTrip(level);
    }

    @org.junit.jupiter.api.Test
    void anAutoLineInsideTheProgram_isNotTheDirective_mainsFirstGoStillStartsAnAutoGoroutine() throws Exception {
        // only a line comment before package names the auto goroutines; this one is in a comment further down
        Design d = GoImporter.importGo("""
                package main

                import "time"

                func w() {
                	//interleave:auto nothing
                	time.Sleep(time.Millisecond)
                }

                func main() {
                	go w()
                	time.Sleep(time.Millisecond)
                }
                """).design();
        assertEquals(List.of(Part.Start.AUTO), d.goroutines().stream().filter(g -> g.start() != Part.Start.MAIN)
                .map(Part.Goroutine::start).toList());
    }

    /** A level of a spawn template {@code w} (a tick of work), {@code more} parts, and a main of {@code first} then two ticks of work. */
    private static Level workers(String more, String first, int maxTicks) throws Exception {
        return LevelLoader.parse("workers.level.json", """
                {"format": 1, "id": "workers", "title": "Go first", "chapter": "Test", "concepts": [],
                 "mode": "fix", "brief": "x",
                 "design": {"parts": [
                   {"id": "w", "type": "goroutine", "x": 0, "y": 0, "start": "spawn", "ops": [{"op": "work", "ticks": 1}]},
                   %s
                   {"id": "main", "type": "goroutine", "x": 0, "y": 0, "start": "main", "ops": [%s, {"op": "work", "ticks": 2}]}]},
                 "goal": {"cores": 2, "maxTicks": %d}}
                """.formatted(more, first, maxTicks));
    }

    /** Checks the level as it is and with its design replaced by the import of its export. */
    static void assertRoundTrip(Level level) throws GoImportException {
        String go = GoExporter.export(level);
        Design back = GoImporter.importGo(go, sinkOf(level.design())).design();
        Report before = check(level);
        Report after = check(level.withDesign(back));
        assertEquals(before.verdict() + " " + kinds(before), after.verdict() + " " + kinds(after),
                "verdict and finding kinds of the design and of the import of its Go program:\n" + go);
    }

    static String sinkOf(Design d) {
        List<String> sinks = d.parts().stream().filter(Part.Sink.class::isInstance).map(Part::id).toList();
        return sinks.size() == 1 ? sinks.get(0) : "out";
    }

    static Report check(Level level) {
        return new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
    }

    static Set<String> kinds(Report r) {
        Set<String> kinds = new TreeSet<>();
        for (Finding f : r.findings()) {
            kinds.add(f.kind().json());
        }
        return kinds;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted().toList();
        }
    }

    private static String name(Path f) {
        return f.getFileName().toString().replace(".level.json", "");
    }
}

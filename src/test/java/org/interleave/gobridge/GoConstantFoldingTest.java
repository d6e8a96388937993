package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Program;
import org.interleave.engine.expr.ExprParser;
import org.interleave.engine.model.Level;
import org.interleave.explore.Execution;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.TimedRun;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant arithmetic exports as Go that builds and computes what the engine computes (DESIGN §6,
 * "an equivalent, runnable Go program"): Go folds untyped constants at compile time with
 * arbitrary precision, so {@code 7 / 0}, {@code 9223372036854775807 + 1} and
 * {@code 3037000500 * 3037000500} did not build (soundness test of session 17). Each design under
 * {@code gobridge/constants} has one goroutine, so one run shows everything: the program prints
 * what the engine emits, and panics where the engine panics.
 */
class GoConstantFoldingTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path work;

    static List<Path> designs() throws Exception {
        URL url = GoConstantFoldingTest.class.getResource("/gobridge/constants");
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.toString().endsWith(".level.json")).sorted().toList();
        }
    }

    @Test
    void simpleLiteralsAndFoldableConstants_printAsTheyAre() throws Exception {
        assertEquals("7 + 1", GoExpr.print(ExprParser.parse("7 + 1"), GoExpr.ALONE, n -> n, v -> "int" + v));
        assertEquals("x / 2", GoExpr.print(ExprParser.parse("x / 2"), GoExpr.ALONE, n -> n, v -> "int" + v));
        assertEquals("int7 / int0", GoExpr.print(ExprParser.parse("7 / 0"), GoExpr.ALONE, n -> n, v -> "int" + v));
        assertEquals("x % int0", GoExpr.print(ExprParser.parse("x % 0"), GoExpr.ALONE, n -> n, v -> "int" + v));
    }

    /**
     * The int variables of constant arithmetic are package-level: a local of the same name
     * ({@code int0}, the least int's) is given another, or it would shadow the variable (the
     * exported {@code 7 / 0} divided by the local's 3 and printed 2 where the engine panics).
     */
    @Test
    void localNamedLikeARuntimeInt_doesNotShadowIt() throws Exception {
        for (String id : List.of("shadow-int0", "shadow-intminus")) {
            Path p = designs().stream().filter(d -> d.getFileName().toString().equals(id + ".level.json")).findFirst()
                    .orElseThrow();
            String go = GoExporter.export(LevelLoader.load(p));
            List<String> declared = go.lines().map(String::strip).filter(l -> l.matches("int\\w* += .*"))
                    .map(l -> l.split(" ")[0]).toList();
            assertTrue(!declared.isEmpty(), go);
            for (String v : declared) {
                assertTrue(!go.contains(v + " := "), () -> v + " is shadowed in\n" + go);
            }
        }
    }

    @Test
    void exportedConstantArithmetic_buildsAndRunsAsTheEngineDoes() throws Exception {
        GoRunner go = GoOnPath.orSkip(work.resolve("gopath"));
        Path module = work.resolve("m");
        Files.createDirectories(module);
        Files.writeString(module.resolve("go.mod"), "module constants\n\ngo 1.19\n");
        List<Level> levels = new ArrayList<>();
        for (Path p : designs()) {
            Level level = LevelLoader.load(p);
            levels.add(level);
            Path dir = module.resolve(level.id());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("main.go"), GoExporter.export(level));
        }
        assertTrue(levels.size() >= 8, "designs: " + levels.size());
        GoRunner.Result vet = go.go(module, TIMEOUT, "vet", "./...");
        assertTrue(vet.ok(), vet::both);
        Path bin = work.resolve("bin");
        Files.createDirectories(bin);
        GoRunner.Result build = go.go(module, TIMEOUT, "build", GoOnPath.TRIMPATH, "-o", bin + "/", "./...");
        assertTrue(build.ok(), build::both);
        for (Level level : levels) {
            SearchBudget b = SearchBudget.of(level.bounds());
            Execution e = new TimedRun(new Program(level.design()), level.goal(), b.maxSteps(), b.limits())
                    .run(TimedRun.SCORE_SEED).execution();
            List<String> printed = e.last().emitted("out").stream().map(String::valueOf).toList();
            Finding panic = e.findings().stream().filter(f -> f.kind() == Kind.PANIC || f.kind() == Kind.ASSERT)
                    .findFirst().orElse(null);
            GoRunner.Result r = go.run(work, TIMEOUT, bin.resolve(level.id()).toString());
            assertEquals(printed, r.out().lines().toList(), () -> level.id() + ": " + r.both());
            if (panic == null) {
                assertEquals(0, r.exit(), () -> level.id() + ": " + r.both());
            } else {
                assertNotEquals(0, r.exit(), () -> level.id() + ": " + r.both());
                String message = panic.message().startsWith("panic: ") ? panic.message() : "panic: " + panic.message();
                assertTrue(r.err().contains(message), () -> level.id() + ": wanted " + message + " in " + r.err());
            }
        }
    }
}

package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interleave.cli.CommandRun;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-go MAIN.go [--mode fix|break|build] [--title T]} prints a level that validate accepts, or exits 2. */
class ImportGoCommandTest {
    @TempDir
    Path dir;

    @Test
    void racyProgram_printsAFixLevelThatValidates() throws Exception {
        CommandRun r = CommandRun.of("import-go", "examples/concurrency/race.go", "--title", "Lost updates");
        assertEquals(0, r.exit(), r.err());
        Path file = dir.resolve("race.level.json");
        Files.writeString(file, r.out());
        Level level = LevelLoader.load(file);
        assertEquals("race", level.id());
        assertEquals("Lost updates", level.title());
        assertEquals(Goal.Mode.FIX, level.mode());
        assertEquals(0, CommandRun.of("validate", file.toString()).exit());
        assertEquals(1, CommandRun.of("check", file.toString()).exit(), "the race is the finding");
    }

    @Test
    void breakMode_asksToReachWhatTheCheckFinds() throws Exception {
        CommandRun r = CommandRun.of("import-go", "examples/concurrency/race.go", "--mode", "break");
        assertEquals(0, r.exit(), r.err());
        Path file = dir.resolve("race.level.json");
        Files.writeString(file, r.out());
        assertEquals("race", LevelLoader.load(file).goal().reach());
    }

    @Test
    void buildMode_makesTheProgramTheReferenceSolution() throws Exception {
        CommandRun r = CommandRun.of("import-go", "examples/concurrency/mutex.go", "--mode", "build");
        assertEquals(0, r.exit(), r.err());
        Path file = dir.resolve("mutex.level.json");
        Files.writeString(file, r.out());
        Level level = LevelLoader.load(file);
        assertTrue(level.design().goroutines().isEmpty(), "the player builds the goroutines");
        assertEquals(List.of("main", "increment"), level.solution().goroutines().stream().map(g -> g.id()).toList());
        assertEquals(0, CommandRun.of("check", file.toString(), "--solution", solution(level, file)).exit());
    }

    private String solution(Level level, Path file) throws Exception {
        Path s = dir.resolve("solution.json");
        String design = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(file)).get("solution").toString();
        Files.writeString(s, "{\"format\": 1, \"level\": \"" + level.id() + "\", \"design\": " + design + "}");
        return s.toString();
    }

    @Test
    void buildModeOfARacyProgram_isRefused_exit2() {
        CommandRun r = CommandRun.of("import-go", "examples/concurrency/race.go", "--mode", "build");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("examples/concurrency/race.go:1:1: --mode build makes the program the level's reference solution,"
                + " but check finds race"), r.err());
    }

    @Test
    void programOutsideTheSubset_printsFileLineColumn_exit2() throws Exception {
        Path go = dir.resolve("main.go");
        Files.writeString(go, "package main\n\nfunc main() {\n\tvar m map[int]int\n\t_ = m\n}\n");
        CommandRun r = CommandRun.of("import-go", go.toString());
        assertEquals(2, r.exit());
        assertEquals(go + ":4:8: variable m of type map[int]int: the subset's types are int, int32, int64, bool,"
                + " chan int/bool/struct{}, sync.Mutex, sync.RWMutex, sync.WaitGroup, sync.Once, atomic.Int32, atomic.Int64"
                + " and context.Context\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFile_exit2() {
        CommandRun r = CommandRun.of("import-go", dir.resolve("nothing.go").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot read: no such file"), r.err());
    }
}

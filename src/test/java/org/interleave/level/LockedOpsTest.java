package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.junit.jupiter.api.Test;

/**
 * Ops a level locks inside a goroutine the player edits ({@code "locked": true} on an op): the
 * loader reads and checks them, the writer keeps them, and a solution that removed, changed or
 * moved one is refused at its place in the file.
 */
class LockedOpsTest {
    /** A build level: main sends two jobs and prints two results (locked), a locked worker squares them. */
    private static final String LEVEL = """
            { "format": 1, "id": "t", "title": "T", "mode": "build",
              "design": { "parts": [
                { "id": "jobs", "type": "channel", "cap": 2 },
                { "id": "results", "type": "channel", "cap": 2 },
                { "id": "out", "type": "sink", "locked": true },
                { "id": "worker", "type": "goroutine", "start": "spawn", "locked": true, "ops": [
                  { "op": "range", "ch": "jobs", "to": "j", "do": [
                    { "op": "work", "ticks": 3 }, { "op": "send", "ch": "results", "value": "j * j" } ] } ] },
                { "id": "main", "type": "goroutine", "start": "main", "ops": [
                  { "op": "go", "g": "worker" },
                  { "op": "send", "locked": true, "ch": "jobs", "value": 1 },
                  { "op": "send", "locked": true, "ch": "jobs", "value": 2 },
                  { "op": "close", "locked": true, "ch": "jobs" },
                  { "op": "repeat", "locked": true, "times": 2, "do": [
                    { "op": "recv", "locked": true, "ch": "results", "to": "r" },
                    { "op": "emit", "locked": true, "sink": "out", "value": "r" } ] } ] } ] },
              "palette": { "ops": ["go", "send", "emit"] },
              "goal": { "output": { "sink": "out", "expect": [1, 4], "order": "any" } } }
            """;

    private static final String WORKER = """
                { "id": "out", "type": "sink", "locked": true },
                { "id": "worker", "type": "goroutine", "start": "spawn", "locked": true, "ops": [
                  { "op": "range", "ch": "jobs", "to": "j", "do": [
                    { "op": "work", "ticks": 3 }, { "op": "send", "ch": "results", "value": "j * j" } ] } ] },
            """;

    /** A solution file whose main has these ops (the file's line 7 holds main). */
    private static String solution(String mainOps) {
        return "{ \"format\": 1, \"level\": \"t\", \"design\": { \"parts\": [\n"
                + "    { \"id\": \"jobs\", \"type\": \"channel\", \"cap\": 2 },\n"
                + "    { \"id\": \"results\", \"type\": \"channel\", \"cap\": 2 },\n"
                + WORKER
                + "    { \"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\", \"ops\": [\n"
                + mainOps + " ] } ] } }\n";
    }

    private static final String GO = "{ \"op\": \"go\", \"g\": \"worker\" }";
    private static final String SEND1 = "{ \"op\": \"send\", \"locked\": true, \"ch\": \"jobs\", \"value\": 1 }";
    private static final String SEND2 = "{ \"op\": \"send\", \"locked\": true, \"ch\": \"jobs\", \"value\": 2 }";
    private static final String CLOSE = "{ \"op\": \"close\", \"locked\": true, \"ch\": \"jobs\" }";
    private static final String PRINT = "{ \"op\": \"repeat\", \"locked\": true, \"times\": 2, \"do\": [\n"
            + "  { \"op\": \"recv\", \"locked\": true, \"ch\": \"results\", \"to\": \"r\" },\n"
            + "  { \"op\": \"emit\", \"locked\": true, \"sink\": \"out\", \"value\": \"r\" } ] }";

    private static Level level() throws LevelException {
        return LevelLoader.parse("t.level.json", LEVEL);
    }

    private static List<String> refused(String mainOps) throws LevelException {
        Level level = level();
        LevelException e = assertThrows(LevelException.class,
                () -> LevelLoader.parseSolution("s.json", solution(mainOps), level));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static Part.Goroutine main(Design d) {
        return (Part.Goroutine) d.part("main").orElseThrow();
    }

    @Test
    void lockedOp_isReadAsLocked_andOthersAreNot() throws LevelException {
        List<Op> ops = main(level().design()).ops();
        assertFalse(LockedOps.locked(ops.get(0)), "go worker");
        assertTrue(ops.subList(1, 5).stream().allMatch(LockedOps::locked));
        assertTrue(LockedOps.locked(((Op.Repeat) ops.get(4)).body().get(1)), "the emit inside the repeat");
    }

    @Test
    void writer_keepsTheLocks_soTheWrittenDesignReadsBackTheSame() throws LevelException {
        Design d = level().design();
        String written = DesignWriter.write(d).toString();
        assertTrue(written.contains("{\"op\":\"send\",\"locked\":true,\"ch\":\"jobs\",\"value\":1}"), written);
        assertFalse(written.contains("{\"op\":\"go\",\"locked\""), written);
        Design back = LevelLoader.readDesign("d.json", written);
        assertEquals(DesignWriter.write(d), DesignWriter.write(back));
        assertEquals(List.of(), LockedOps.fit(d, back));
    }

    @Test
    void solution_addingOpsAroundTheLockedOnes_loads() throws LevelException {
        Design d = LevelLoader.parseSolution("s.json",
                solution(String.join(",\n", GO, SEND1, GO, SEND2, CLOSE, GO, PRINT)), level());
        assertEquals(3, main(d).ops().stream().filter(op -> op instanceof Op.Go).count());
    }

    @Test
    void solution_thatRemovedALockedOp_isRefused_namingIt_whereItWasDue() throws LevelException {
        assertEquals(List.of("s.json:12:1: main: the locked op 'close(jobs)' (ops[3] in the level) was removed,"
                        + " changed or moved: the level's locked ops stay as they are, in their order"),
                refused(String.join(",\n", GO, SEND1, SEND2, PRINT)));
    }

    @Test
    void solution_thatPrintsConstantsInsteadOfTheLockedLoop_isRefused() throws LevelException {
        String constants = "{ \"op\": \"emit\", \"sink\": \"out\", \"value\": 1 }, { \"op\": \"emit\", \"sink\": \"out\", \"value\": 4 }";
        List<String> problems = refused(constants);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("the locked op 'jobs <- 1' (ops[1] in the level) was removed"), problems.toString());
    }

    @Test
    void solution_thatChangedALockedOp_isRefused_atTheOp() throws LevelException {
        String changed = "{ \"op\": \"send\", \"locked\": true, \"ch\": \"jobs\", \"value\": 3 }";
        assertEquals(List.of("s.json:11:1: main: the locked op 'jobs <- 2' (ops[2] in the level) was removed,"
                        + " changed or moved: the level's locked ops stay as they are, in their order"),
                refused(String.join(",\n", GO, SEND1, changed, CLOSE, PRINT)));
    }

    @Test
    void solution_thatReorderedLockedOps_isRefused() throws LevelException {
        List<String> problems = refused(String.join(",\n", GO, SEND2, SEND1, CLOSE, PRINT));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'jobs <- 1' (ops[1] in the level) was removed, changed or moved"), problems.toString());
    }

    @Test
    void solution_thatDroppedTheLockMark_isRefused_asIfTheOpWereRemoved() throws LevelException {
        String unmarked = "{ \"op\": \"close\", \"ch\": \"jobs\" }";
        List<String> problems = refused(String.join(",\n", GO, SEND1, SEND2, unmarked, PRINT));
        assertTrue(problems.get(0).contains("the locked op 'close(jobs)'"), problems.toString());
    }

    @Test
    void solution_thatLocksAnOpOfItsOwn_isRefused() throws LevelException {
        String lockedGo = "{ \"op\": \"go\", \"locked\": true, \"g\": \"worker\" }";
        List<String> problems = refused(String.join(",\n", GO, SEND1, SEND2, CLOSE, PRINT, lockedGo));
        assertEquals(List.of("s.json:16:25: main: the op 'go worker()' is marked locked, but the level locks no such op there"),
                problems);
    }

    @Test
    void solution_thatChangedALockedPart_isRefused() throws LevelException {
        Level level = level();
        String slowWorker = solution(String.join(",\n", GO, SEND1, SEND2, CLOSE, PRINT)).replace("\"ticks\": 3", "\"ticks\": 0");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parseSolution("s.json", slowWorker, level));
        assertEquals(List.of("s.json:5:5: the locked part 'worker' was changed: a level's locked parts stay as they are"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void lockedOpInsideAnUnlockedOne_isALevelError() {
        String level = LEVEL.replace("{ \"op\": \"repeat\", \"locked\": true,", "{ \"op\": \"repeat\",");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", level));
        assertEquals(List.of(
                "t.level.json:15:35: the op 'r := <-results' is locked, but the 'repeat' around it is not: lock the ops"
                        + " around a locked op too, or the player could skip it",
                "t.level.json:16:35: the op 'fmt.Println(r)' is locked, but the 'repeat' around it is not: lock the ops"
                        + " around a locked op too, or the player could skip it"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void levelWhoseReferenceSolutionBreaksALock_doesNotLoad() {
        String level = LEVEL.replace("\"goal\":", "\"solution\": { \"parts\": [\n"
                + "    { \"id\": \"out\", \"type\": \"sink\", \"locked\": true },\n"
                + "    { \"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\", \"ops\": [\n"
                + "      { \"op\": \"emit\", \"sink\": \"out\", \"value\": 1 }, { \"op\": \"emit\", \"sink\": \"out\", \"value\": 4 } ] } ] },\n"
                + "  \"goal\":");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", level));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("the locked part 'worker' is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("main: the locked op 'jobs <- 1'")), problems.toString());
    }

    /** The level with {@code results} sealed: only the locked worker sends there. */
    private static Level sealedLevel() throws LevelException {
        return LevelLoader.parse("t.level.json", LEVEL.replace("{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2 },",
                "{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2, \"locked\": true, \"sealed\": true },"));
    }

    @Test
    void sealedChannel_isReadAndWrittenBack() throws LevelException {
        Design d = sealedLevel().design();
        assertTrue(d.part("results").orElseThrow().layout().sealed());
        assertFalse(d.part("jobs").orElseThrow().layout().sealed());
        assertTrue(DesignWriter.write(d).toString().contains("\"id\":\"results\",\"type\":\"channel\",\"x\":0,\"y\":0,"
                + "\"locked\":true,\"sealed\":true"), DesignWriter.write(d).toString());
    }

    @Test
    void sealedChannel_refusesASendOfThePlayers_atTheOp_butNotTheLockedWorkers() throws LevelException {
        Level level = sealedLevel();
        String forged = solution(String.join(",\n", GO, SEND1, SEND2, CLOSE,
                "{ \"op\": \"send\", \"ch\": \"results\", \"value\": 9 }", PRINT))
                .replace("{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2 },",
                        "{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2, \"locked\": true, \"sealed\": true },");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parseSolution("s.json", forged, level));
        assertEquals(List.of("s.json:13:23: main: 'results <- 9' sends to results, which the level seals: only the level's"
                        + " locked ops send there"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of(), LockedOps.sealedSends(level.design()), "the locked worker sends there");
    }

    @Test
    void sealedPart_mustBeLocked_andAChannelOrSink() {
        String unlocked = LEVEL.replace("{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2 },",
                "{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2, \"sealed\": true },");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", unlocked));
        assertEquals(List.of("t.level.json:4:63: a sealed part must be locked too (\"locked\": true): the player could"
                + " otherwise remove it and add an unsealed one in its place"),
                e.problems().stream().map(Problem::toString).toList());
        String mutex = LEVEL.replace("{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2 },",
                "{ \"id\": \"results\", \"type\": \"channel\", \"cap\": 2 }, { \"id\": \"mu\", \"type\": \"mutex\","
                        + " \"locked\": true, \"sealed\": true },");
        e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", mutex));
        assertTrue(e.problems().get(0).message().equals("only a channel or a sink can be sealed, not a mutex"),
                e.problems().toString());
    }

    @Test
    void lockedUsers_nameTheLockedOpsUsingAPart() throws LevelException {
        assertEquals(List.of("main: jobs <- 1", "main: jobs <- 2", "main: close(jobs)"),
                LockedOps.lockedUsers(level().design(), "jobs"));
        assertEquals(List.of(), LockedOps.lockedUsers(level().design(), "worker"));
    }
}

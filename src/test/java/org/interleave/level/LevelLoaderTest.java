package org.interleave.level;

import static org.interleave.level.Fixtures.assertOneProblem;
import static org.interleave.level.Fixtures.expr;
import static org.interleave.level.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Bounds;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.junit.jupiter.api.Test;

/** Level and solution files: what a valid file loads into, and one test per kind of mistake. */
class LevelLoaderTest {
    private static final Layout NONE = Layout.NONE;

    private static Src src(String path, int line, int column) {
        return new Src(path, line, column);
    }

    private static Level everyOp() throws LevelException {
        return LevelLoader.load(path("valid/every-op.level.json"));
    }

    @Test
    void validLevel_loadsItsMetadataPaletteGoalBoundsAndPar() throws LevelException {
        Level level = everyOp();
        assertEquals(1, level.format());
        assertEquals("every-op", level.id());
        assertEquals("Every op", level.title());
        assertEquals("Uses every part type and every op once.", level.brief());
        assertEquals("test", level.chapter());
        assertEquals(List.of("channels", "locks"), level.concepts());
        assertEquals(Goal.Mode.FIX, level.mode());
        assertEquals(Map.of("channel", 1, "worker", 2, "ops", List.of("send", "recv")), level.palette());
        assertEquals(new Goal(true, true, false, true,
                new Goal.OutputGoal("out", List.of(1L, 2L), false), 100, 4, null), level.goal());
        assertEquals(new Bounds(500, 1000, 2), level.bounds());
        assertEquals(List.of("Look at the channel.", "Close it once."), level.hints());
        assertEquals(new Level.Par(40, 3), level.par());
        assertEquals(new Design(List.of(new Part.Channel("jobs", 2, false, new Layout(0, 0, true)), new Part.Sink("out", NONE),
                new Part.Goroutine("main", Part.Start.MAIN, 1,
                        List.of(new Op.Emit(src("ops[0]", 89, 70), "out", Expr.of(1))), null, NONE))),
                level.solution());
    }

    @Test
    void validLevel_loadsEveryResourcePartType() throws LevelException {
        List<Part> parts = everyOp().design().parts();
        assertEquals(List.of(
                new Part.Channel("jobs", 2, false, new Layout(10, 20.5, true)),
                new Part.Channel("nilch", 0, true, NONE),
                new Part.Mutex("mu", NONE),
                new Part.RwMutex("rw", NONE),
                new Part.WaitGroup("wg", NONE),
                new Part.Once("once", NONE),
                new Part.Var("hits", 5, NONE),
                new Part.Atomic("count", -1, NONE),
                new Part.Context("root", null, 50, NONE),
                new Part.Context("ctx", "root", 0, NONE),
                new Part.Sink("out", NONE)), parts.subList(0, 11));
    }

    @Test
    void validLevel_loadsEveryOpWithItsPathAndPosition() throws LevelException {
        Part.Goroutine main = everyOp().design().main();
        assertEquals(Part.Start.MAIN, main.start());
        List<Op> expected = List.of(
                new Op.Add(src("ops[0]", 24, 9), "wg", Expr.of(2)),
                new Op.Go(src("ops[1]", 25, 9), "helper", Map.of("k", expr("3 + 1"))),
                new Op.Send(src("ops[2]", 26, 9), "jobs", Expr.of(7)),
                new Op.Recv(src("ops[3]", 27, 9), "jobs", "v", "ok"),
                new Op.Range(src("ops[4]", 28, 9), "jobs", "x",
                        List.of(new Op.Emit(src("ops[4].do[0]", 28, 59), "out", expr("x * 2")))),
                new Op.Select(src("ops[5]", 29, 9), List.of(
                        new Op.RecvCase("jobs", "y", "more", List.of(new Op.Break(src("ops[5].cases[0].do[0]", 30, 62)))),
                        new Op.SendCase("jobs", expr("v"), List.of()),
                        new Op.AfterCase(5, List.of()),
                        new Op.DoneCase("ctx", List.of(new Op.Return(src("ops[5].cases[3].do[0]", 33, 36))))),
                        List.of(new Op.Sleep(src("ops[5].default[0]", 34, 25), 1))),
                new Op.Lock(src("ops[6]", 35, 9), "mu"),
                new Op.Unlock(src("ops[7]", 36, 9), "mu"),
                new Op.RLock(src("ops[8]", 37, 9), "rw"),
                new Op.RUnlock(src("ops[9]", 38, 9), "rw"),
                new Op.Done(src("ops[10]", 39, 9), "wg"),
                new Op.Wait(src("ops[11]", 40, 9), "wg"),
                new Op.OnceDo(src("ops[12]", 41, 9), "once",
                        List.of(new Op.Inc(src("ops[12].do[0]", 41, 49), "hits", Expr.of(1)))),
                new Op.Read(src("ops[13]", 42, 9), "hits", "h"),
                new Op.Write(src("ops[14]", 43, 9), "hits", expr("h + 1")),
                new Op.Inc(src("ops[15]", 44, 9), "hits", Expr.of(2)),
                new Op.AtomicAdd(src("ops[16]", 45, 9), "count", Expr.of(1), "a"),
                new Op.AtomicLoad(src("ops[17]", 46, 9), "count", "b"),
                new Op.AtomicStore(src("ops[18]", 47, 9), "count", Expr.of(3)),
                new Op.AtomicCas(src("ops[19]", 48, 9), "count", Expr.of(3), expr("a + b"), "swapped"),
                new Op.Cancel(src("ops[20]", 49, 9), "ctx"),
                new Op.Sleep(src("ops[21]", 50, 9), 2),
                new Op.Work(src("ops[22]", 51, 9), 3),
                new Op.Emit(src("ops[23]", 52, 9), "out", Expr.of(1)),
                new Op.Let(src("ops[24]", 53, 9), "flag", expr("swapped && ok")),
                new Op.If(src("ops[25]", 54, 9), expr("flag"),
                        List.of(new Op.Emit(src("ops[25].then[0]", 54, 49), "out", Expr.of(2))),
                        List.of(new Op.Return(src("ops[25].else[0]", 54, 106)))),
                new Op.While(src("ops[26]", 55, 9), expr("h < 10"), List.of(
                        new Op.Let(src("ops[26].do[0]", 55, 52), "h", expr("h + 1")),
                        new Op.Continue(src("ops[26].do[1]", 55, 98)))),
                new Op.Repeat(src("ops[27]", 56, 9), Expr.of(3), "i",
                        List.of(new Op.Emit(src("ops[27].do[0]", 56, 58), "out", expr("i")))),
                new Op.Loop(src("ops[28]", 57, 9), List.of(new Op.Break(src("ops[28].do[0]", 57, 33)))),
                new Op.Assert(src("ops[29]", 58, 9), expr("h >= 0"), "h is not negative"),
                new Op.Assert(src("ops[30]", 59, 9), Expr.of(true), "assertion failed: true"),
                new Op.Return(src("ops[31]", 60, 9)));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), main.ops().get(i), "ops[" + i + "]");
        }
        assertEquals(expected.size(), main.ops().size());
    }

    @Test
    void validLevel_loadsSpawnAndCountedGoroutines() throws LevelException {
        Design d = everyOp().design();
        assertEquals(new Part.Goroutine("helper", Part.Start.SPAWN, 1, List.of(
                new Op.Emit(src("ops[0]", 63, 9), "out", expr("k")),
                new Op.Done(src("ops[1]", 64, 9), "wg")), null, NONE), d.part("helper").orElseThrow());
        assertEquals(new Part.Goroutine("w", Part.Start.AUTO, 2, List.of(
                new Op.Emit(src("ops[0]", 67, 9), "out", expr("id"))), null, NONE), d.part("w").orElseThrow());
    }

    @Test
    void presets_lowerToPlainOpsAtThePresetsPosition() throws LevelException {
        Design d = everyOp().design();
        assertEquals(new Part.Goroutine("prod", Part.Start.AUTO, 1, List.of(
                new Op.Send(src("ops[0]", 69, 7), "jobs", Expr.of(1)),
                new Op.Send(src("ops[1]", 69, 7), "jobs", Expr.of(2)),
                new Op.Close(src("ops[2]", 69, 7), "jobs")), "producer", NONE), d.part("prod").orElseThrow());
        assertEquals(new Part.Goroutine("cons", Part.Start.AUTO, 1, List.of(
                new Op.Range(src("ops[0]", 70, 7), "jobs", "v",
                        List.of(new Op.Emit(src("ops[0].do[0]", 70, 7), "out", expr("v"))))), "consumer", NONE),
                d.part("cons").orElseThrow());
        assertEquals(new Part.Goroutine("work", Part.Start.AUTO, 1, List.of(
                new Op.Range(src("ops[0]", 71, 7), "jobs", "v", List.of(
                        new Op.Work(src("ops[0].do[0]", 71, 7), 4),
                        new Op.Send(src("ops[0].do[1]", 71, 7), "jobs", expr("v")))),
                new Op.Done(src("ops[1]", 71, 7), "wg")), "worker", NONE), d.part("work").orElseThrow());
        assertEquals(new Part.Goroutine("clo", Part.Start.SPAWN, 1, List.of(
                new Op.Wait(src("ops[0]", 72, 7), "wg"),
                new Op.Close(src("ops[1]", 72, 7), "jobs")), "closer", NONE), d.part("clo").orElseThrow());
    }

    @Test
    void breakLevel_defaultsGoalFlagsToFalseAndBoundsToTheDefaults() throws LevelException {
        Level level = LevelLoader.load(path("valid/minimal-break.level.json"));
        assertEquals(new Goal(false, false, false, false, null, 0, 2, "deadlock"), level.goal());
        assertEquals(Bounds.DEFAULT, level.bounds());
        assertEquals(-1, level.bounds().preemptionBound());
        assertEquals(Level.Par.NONE, level.par());
        assertEquals(Map.of(), level.palette());
        assertNull(level.solution());
        assertNull(level.brief());
    }

    @Test
    void fixLevelWithoutGoal_forbidsEveryOutcome() throws LevelException {
        Level level = LevelLoader.parse("t.level.json", Fixtures.level(Fixtures.mainWith("")));
        assertEquals(Goal.defaults(Goal.Mode.FIX), level.goal());
        assertEquals(new Goal(true, true, true, true, null, 0, 2, null), level.goal());
    }

    @Test
    void solutionFile_loadsItsDesign() throws LevelException {
        Design d = LevelLoader.loadSolution(path("valid/every-op.solution.json"), everyOp());
        assertEquals(List.of("jobs", "out", "main"), d.parts().stream().map(Part::id).toList());
    }

    @Test
    void problem_printsAsFileLineColumnMessage() {
        assertEquals("a.json:3:7: oops", new Problem("a.json", 3, 7, "oops").toString());
    }

    // One test per kind of mistake: each gives exactly one problem, at its line and column.

    @Test
    void malformedJson_isReportedWhereTheParserStopped() {
        assertOneProblem("invalid/malformed-json.level.json", 6, 1,
                "invalid JSON: Unexpected character ('}'): was expecting double-quote to start field name");
    }

    @Test
    void duplicateJsonKey_isReportedAtTheSecondKey() {
        assertOneProblem("invalid/duplicate-key.level.json", 8, 52, "duplicate field 'cap'");
    }

    @Test
    void unknownField_isReportedAtItsLineAndColumnWithASuggestion() {
        assertOneProblem("invalid/unknown-field.level.json", 8, 42, "unknown field 'cpa' in part — did you mean 'cap'?");
    }

    @Test
    void misspeltRequiredField_isOneUnknownFieldNotAlsoAMissingOne() {
        assertOneProblem("invalid/misspelt-op-field.level.json", 10, 25,
                "unknown field 'chan' in op 'recv' — did you mean 'ch'?");
    }

    @Test
    void missingRequiredField_isReportedAtItsObject() {
        assertOneProblem("invalid/missing-field.level.json", 1, 1, "missing field 'title' in level");
    }

    @Test
    void unknownOp_isReportedAtItsNameWithASuggestion() {
        assertOneProblem("invalid/unknown-op.level.json", 10, 17, "unknown op 'sned' — did you mean 'send'?");
    }

    @Test
    void unknownPartType_isReportedOnceEvenWhenThePartIsUsed() {
        assertOneProblem("invalid/unknown-part-type.level.json", 8, 31,
                "unknown part type 'chanel' — did you mean 'channel'?");
    }

    @Test
    void danglingPartReference_isReportedAtTheReference() {
        assertOneProblem("invalid/dangling-reference.level.json", 10, 31, "unknown part 'jobz' — did you mean 'jobs'?");
    }

    @Test
    void wrongPartTypeForOp_namesTheTypeAndWhatTheOpNeeds() {
        assertOneProblem("invalid/wrong-part-type.level.json", 10, 31, "'hits' is a var; lock needs a mutex or rwmutex");
    }

    @Test
    void goOnAnAutoGoroutine_needsASpawnTemplate() {
        assertOneProblem("invalid/go-on-auto.level.json", 10, 28,
                "'worker' is a goroutine with start auto; go needs a goroutine with start spawn");
    }

    @Test
    void undefinedLocal_isReportedAtItsCharacterInTheExpression() {
        assertOneProblem("invalid/undefined-local.level.json", 11, 58, "undefined: count");
    }

    @Test
    void expressionWithEscapes_isReportedAtTheStringToken() {
        assertOneProblem("invalid/escaped-expression.level.json", 9, 35, "undefined: nope");
    }

    @Test
    void badExpression_isReportedAtTheOffendingCharacter() {
        assertOneProblem("invalid/bad-expression.level.json", 10, 54, "expected an operand");
    }

    @Test
    void intCondition_mustBeBool() {
        assertOneProblem("invalid/condition-not-bool.level.json", 10, 35, "'cond' must be bool, not int");
    }

    @Test
    void localPassedByGo_takesTheTypeOfItsArgument() {
        assertOneProblem("invalid/spawn-arg-type.level.json", 11, 36, "'cond' must be bool, not int");
    }

    @Test
    void localAssignedIntAndBool_isReportedAtTheSecondAssignment() {
        assertOneProblem("invalid/mixed-local-types.level.json", 11, 30,
                "local 'ok' is assigned an int here and a bool elsewhere");
    }

    @Test
    void wrongJsonType_saysWhatWasExpectedAndWhatWasFound() {
        assertOneProblem("invalid/wrong-json-type.level.json", 8, 49, "'cap' must be an integer, not a string");
    }

    @Test
    void duplicatePartId_isReportedAtTheSecondId() {
        assertOneProblem("invalid/duplicate-id.level.json", 9, 15, "duplicate part id 'jobs'");
    }

    @Test
    void designWithoutMain_isReportedAtTheDesign() {
        assertOneProblem("invalid/no-main.level.json", 6, 13, "design has no main goroutine");
    }

    @Test
    void secondMainGoroutine_isReportedAtItsStart() {
        assertOneProblem("invalid/two-mains.level.json", 9, 54, "design has two main goroutines: 'main' and 'other'");
    }

    @Test
    void countOnMain_isOnlyForAutoGoroutines() {
        assertOneProblem("invalid/count-on-main.level.json", 8, 70, "'count' is only allowed on auto goroutines");
    }

    @Test
    void contextParentCycle_isReportedOnceAtItsFirstContext() {
        assertOneProblem("invalid/context-cycle.level.json", 8, 49, "context parents form a cycle: a -> b -> a");
    }

    @Test
    void breakOutsideLoop_isReportedAtTheBreak() {
        assertOneProblem("invalid/break-outside-loop.level.json", 9, 47, "break is not inside a loop, range or select");
    }

    @Test
    void continueInSelectOutsideLoop_isReportedAtTheContinue() {
        assertOneProblem("invalid/continue-in-select.level.json", 10, 64, "continue is not inside a loop or range");
    }

    @Test
    void solutionForAnotherLevel_isReportedAtItsLevelField() throws LevelException {
        Level level = everyOp();
        Path file = path("invalid/other-level.solution.json");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.loadSolution(file, level));
        assertEquals(List.of(file + ":3:12: solution is for level 'another-level', not 'every-op'"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aLockedSendWithoutItsValue_inTheSolution_isReported_notAnInternalError() {
        // the locks were compared op by op as Go text, and a send missing its value had none: the
        // hostile fuzz test's mutated size-the-pool ended validate and check with exit 70
        String send = "{\"op\": \"send\", \"ch\": \"c\", \"value\": 1, \"locked\": true}";
        String level = """
                {"format": 1, "id": "locked-send", "title": "t", "chapter": "c", "concepts": [], "mode": "fix", "brief": "b",
                 "design": {"parts": [{"id": "c", "type": "channel", "x": 0, "y": 0, "cap": 1},
                   {"id": "main", "type": "goroutine", "x": 0, "y": 0, "start": "main", "ops": [%s]}]},
                 "solution": {"parts": [{"id": "c", "type": "channel", "x": 0, "y": 0, "cap": 1},
                   {"id": "main", "type": "goroutine", "x": 0, "y": 0, "start": "main", "ops": [%s]}]}}
                """;
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("l.level.json",
                level.formatted(send, send.replace("\"value\": 1, ", ""))));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("value")),
                e.problems().toString());
        // and a solution file given to check --solution
        Level good = assertDoesNotThrow(() -> LevelLoader.parse("l.level.json", level.formatted(send, send)));
        LevelException s = assertThrows(LevelException.class, () -> LevelLoader.parseSolution("s.solution.json",
                "{\"format\": 1, \"level\": \"locked-send\", \"design\": {\"parts\": ["
                        + "{\"id\": \"c\", \"type\": \"channel\", \"x\": 0, \"y\": 0, \"cap\": 1},"
                        + "{\"id\": \"main\", \"type\": \"goroutine\", \"x\": 0, \"y\": 0, \"start\": \"main\", \"ops\": ["
                        + send.replace("\"value\": 1, ", "") + "]}]}}", good));
        assertTrue(s.problems().stream().anyMatch(p -> p.toString().contains("value")), s.problems().toString());
    }
}

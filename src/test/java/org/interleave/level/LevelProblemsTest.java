package org.interleave.level;

import static org.interleave.level.Fixtures.assertOneProblemIn;
import static org.interleave.level.Fixtures.level;
import static org.interleave.level.Fixtures.mainWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One mistake gives one problem: what a mistake would otherwise drag along (uses of a local it
 * assigned, references to a part that did not load, the missing field of a misspelt one) stays
 * quiet, while independent mistakes are all reported, in file order.
 */
class LevelProblemsTest {
    /** The column where {@code needle} starts in line 4 (a main goroutine with {@code ops}). */
    private static int col(String ops, String needle) {
        return mainWith("").indexOf("[ ") + 3 + ops.indexOf(needle);
    }

    @Test
    void unknownOp_doesNotMakeTheLocalsItAssignedUndefined() {
        String ops = "{ \"op\": \"recieve\", \"ch\": \"c\", \"to\": \"v\" }, { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v\" }";
        assertOneProblemIn(level(mainWith(ops) + ",\n{ \"id\": \"c\", \"type\": \"channel\" }, { \"id\": \"out\", \"type\": \"sink\" }"),
                4, col(ops, "\"recieve\""), "unknown op 'recieve'");
    }

    @Test
    void letWithAnUndefinedLocal_isReportedOnceNotAtEveryUseOfItsLocal() {
        String ops = "{ \"op\": \"let\", \"to\": \"x\", \"value\": \"z\" }, { \"op\": \"assert\", \"cond\": \"x > 0\" }";
        assertOneProblemIn(level(mainWith(ops)), 4, col(ops, "z\""), "undefined: z");
    }

    @Test
    void misspeltStart_isReportedWithoutAlsoSayingThereIsNoMain() {
        String part = "{ \"id\": \"main\", \"type\": \"goroutine\", \"start\": \"mian\" }";
        assertOneProblemIn(level(part), 4, part.indexOf("\"mian\"") + 1, "unknown start 'mian' — did you mean 'main'?");
    }

    @Test
    void misspeltSelectCaseKind_isOneUnknownField() {
        String ops = "{ \"op\": \"select\", \"cases\": [ { \"recvv\": \"c\" } ] }";
        assertOneProblemIn(level(mainWith(ops) + ",\n{ \"id\": \"c\", \"type\": \"channel\" }"),
                4, col(ops, "\"recvv\""), "unknown field 'recvv' in select case — did you mean 'recv'?");
    }

    @Test
    void selectCaseWithTwoKinds_isReportedAtTheSecond() {
        String ops = "{ \"op\": \"select\", \"cases\": [ { \"recv\": \"c\", \"done\": \"c\" } ] }";
        assertOneProblemIn(level(mainWith(ops) + ",\n{ \"id\": \"c\", \"type\": \"channel\" }"),
                4, col(ops, "\"done\""), "a select case has both 'recv' and 'done'");
    }

    @Test
    void wrongPartTypeInASelectCase_namesTheCase() {
        String ops = "{ \"op\": \"select\", \"cases\": [ { \"done\": \"c\" } ] }";
        assertOneProblemIn(level(mainWith(ops) + ",\n{ \"id\": \"c\", \"type\": \"channel\" }"),
                4, col(ops, "\"c\""), "'c' is a channel; a select done case needs a context");
    }

    @Test
    void presetReferringToAMissingPart_isReportedAtThePresetsField() {
        String part = "{ \"id\": \"p\", \"type\": \"producer\", \"ch\": \"jbos\", \"values\": [1] }";
        assertOneProblemIn(level(mainWith("") + ",\n" + part + ",\n{ \"id\": \"jobs\", \"type\": \"channel\" }"),
                5, part.indexOf("\"jbos\"") + 1, "unknown part 'jbos' — did you mean 'jobs'?");
    }

    @Test
    void typeMismatchInAnExpression_pointsAtTheOperator() {
        String ops = "{ \"op\": \"assert\", \"cond\": \"1 + true\" }";
        assertOneProblemIn(level(mainWith(ops)), 4, col(ops, "+ true"), "mismatched types int and bool in 1 + true");
    }

    @Test
    void invalidLocalName_isReportedAtTheName() {
        String ops = "{ \"op\": \"let\", \"to\": \"2x\", \"value\": 1 }";
        assertOneProblemIn(level(mainWith(ops)), 4, col(ops, "\"2x\""), "'2x' is not a valid local name");
    }

    @Test
    void idIsPredefinedOnlyInAutoGoroutines() {
        String ops = "{ \"op\": \"assert\", \"cond\": \"id >= 0\" }";
        String auto = "{ \"id\": \"w\", \"type\": \"goroutine\", \"count\": 2, \"ops\": [ " + ops + " ] }";
        assertOneProblemIn(level(mainWith(ops) + ",\n" + auto), 4, col(ops, "id >="), "undefined: id");
    }

    @Test
    void breakInAOnceBody_doesNotBreakTheLoopAroundIt() {
        String ops = "{ \"op\": \"loop\", \"do\": [ { \"op\": \"once\", \"once\": \"o\", \"do\": [ { \"op\": \"break\" } ] } ] }";
        assertOneProblemIn(level(mainWith(ops) + ",\n{ \"id\": \"o\", \"type\": \"once\" }"),
                4, col(ops, "{ \"op\": \"break\""), "break is not inside a loop, range or select");
    }

    @Test
    void unknownMode_isSuggested() {
        String json = level(mainWith("")).replace("\"fix\"", "\"fxi\"");
        assertOneProblemIn(json, 1, json.indexOf("\"fxi\"") + 1, "unknown mode 'fxi' — did you mean 'fix'?");
    }

    @Test
    void unknownPaletteEntry_isSuggested() {
        String json = level(mainWith("")).replace("\"mode\"", "\"palette\": { \"mutx\": 1 }, \"mode\"");
        assertOneProblemIn(json, 1, json.indexOf("\"mutx\"") + 1, "unknown palette entry 'mutx' — did you mean 'mutex'?");
    }

    @Test
    void outputGoalNamingNoSink_isReportedAtTheSinkField() {
        String json = level(mainWith("")).replace("\"mode\"",
                "\"goal\": { \"output\": { \"sink\": \"out\", \"expect\": [1] } }, \"mode\"");
        assertOneProblemIn(json, 1, json.indexOf("\"out\"") + 1, "unknown sink 'out'");
    }

    @Test
    void unsupportedFormat_isReportedAtTheFormat() {
        String json = level(mainWith("")).replace("\"format\": 1", "\"format\": 2");
        assertOneProblemIn(json, 1, json.indexOf("2") + 1, "unsupported format 2; this version reads format 1");
    }

    @Test
    void independentMistakes_areAllReportedInFileOrder() {
        String json = """
                { "format": 1, "id": "Bad Id", "title": "T", "mode": "fix",
                  "design": { "parts": [
                    { "id": "main", "type": "goroutine", "start": "main", "ops": [
                      { "op": "send", "ch": "nope", "value": 1 },
                      { "op": "break" }
                    ] },
                    { "id": "c", "type": "channel", "cap": -1 }
                  ] } }
                """;
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", json));
        assertEquals(List.of(
                "t.level.json:1:22: invalid level id 'Bad Id': use lowercase letters, digits and -",
                "t.level.json:4:29: unknown part 'nope'",
                "t.level.json:5:7: break is not inside a loop, range or select",
                "t.level.json:7:44: 'cap' must be between 0 and 1000"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void rootThatIsNotAnObject_isOneProblem() {
        assertOneProblemIn("[1, 2]", 1, 1, "a level must be a JSON object, not an array");
    }

    @Test
    void emptyText_isOneProblem() {
        assertOneProblemIn("  \n", 1, 1, "file is empty");
    }
}

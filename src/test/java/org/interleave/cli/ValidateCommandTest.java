package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validate PATH...} as a user sees it: every problem as {@code file:line:col: message} on
 * stderr, one per mistake, then {@code ok: N levels}; exit 0 only when every level is valid.
 */
class ValidateCommandTest {
    private static final String NL = System.lineSeparator();

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run run(String... args) {
        CommandRun r = CommandRun.of(args);
        return new Run(r.exit(), r.out(), r.err());
    }

    private static Path resource(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getResource("/validate/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void folderOfValidLevels_isOkWithExit0() {
        Run r = run("validate", resource("pack").toString());
        assertEquals(new Run(0, "ok: 2 levels" + NL, ""), r);
    }

    @Test
    void campaign_isValid() {
        Run r = run("validate", "levels");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().matches("ok: [1-9][0-9]* levels" + NL), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "malformed.level.json            | 6  | 3  | invalid JSON: Unexpected character ('\"'): was expecting comma to separate Object entries",
            "unknown-field.level.json        | 9  | 37 | unknown field 'timeout' in op 'lock'",
            "dangling-reference.level.json   | 10 | 32 | unknown part 'result' — did you mean 'results'?",
            "wrong-type.level.json           | 9  | 55 | 'count' must be an integer, not a string",
            "preset-missing-field.level.json | 9  | 7  | missing field 'values' in part"})
    void brokenFile_isOnePreciseProblemWithExit2(String name, int line, int column, String message) {
        Path file = resource("broken/" + name);
        Run r = run("validate", file.toString());
        assertEquals(new Run(2, "ok: 0 levels" + NL, file + ":" + line + ":" + column + ": " + message + NL), r);
    }

    @Test
    void oversizedFile_isOneProblemAtItsStartWithExit2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.level.json");
        int size = (1 << 20) + 1;
        Files.writeString(file, "{" + " ".repeat(size - 2) + "}");
        Run r = run("validate", file.toString());
        assertEquals(new Run(2, "ok: 0 levels" + NL,
                file + ":1:1: file is too large: " + size + " bytes (at most 1048576)" + NL), r);
    }

    @Test
    void folderWithTwoLevelsSharingAnId_failsAtTheSecondId() {
        Path dir = resource("duplicate-ids");
        Run r = run("validate", dir.toString());
        assertEquals(new Run(2, "ok: 1 levels" + NL, dir.resolve("two.level.json")
                + ":3:9: duplicate level id 'same': " + dir.resolve("one.level.json") + " has it too" + NL), r);
    }

    @Test
    void brokenFolder_listsEveryProblemInFileOrder_andCountsNoLevel() {
        Run r = run("validate", resource("broken").toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(5, r.err().lines().count(), r::toString);
        assertTrue(r.err().lines().allMatch(l -> l.matches(".+\\.level\\.json:\\d+:\\d+: .+")), r::toString);
        assertEquals(r.err().lines().sorted().toList(), r.err().lines().toList(), r::toString);
        assertEquals("ok: 0 levels" + NL, r.out());
    }

    @Test
    void validAndBrokenPaths_reportTheBrokenAndCountTheValid() {
        Path broken = resource("broken/wrong-type.level.json");
        Run r = run("validate", resource("pack").toString(), broken.toString());
        assertEquals(new Run(2, "ok: 2 levels" + NL,
                broken + ":9:55: 'count' must be an integer, not a string" + NL), r);
    }

    @Test
    void missingPath_isAProblemWithExit2() {
        Run r = run("validate", "no-such.level.json");
        assertEquals(new Run(2, "ok: 0 levels" + NL, "no-such.level.json:1:1: cannot read file: no such file" + NL), r);
    }

    @Test
    void noPath_isAUsageErrorWithExit2() {
        Run r = run("validate");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("PATH"), r::toString);
    }

    @Test
    void rootHelp_listsValidate() {
        assertTrue(run("--help").out().contains("validate"));
    }
}

package org.interleave.level;

import static org.interleave.level.Fixtures.assertOneProblemIn;
import static org.interleave.level.Fixtures.level;
import static org.interleave.level.Fixtures.mainWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limits that keep a hostile or runaway file from costing unbounded time or memory. */
class LevelLimitsTest {
    @TempDir
    Path dir;

    @Test
    void oversizedFile_isRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.level.json");
        // not even valid JSON: the size check comes first
        Files.writeString(file, "{" + "x".repeat((int) LevelLoader.MAX_FILE_BYTES), StandardCharsets.UTF_8);
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.load(file));
        assertEquals(List.of(file + ":1:1: file is too large: 1048577 bytes (at most 1048576)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void oversizedText_isRefusedBeforeParsing() {
        assertOneProblemIn("[" + "é".repeat(600_000) + "]", 1, 1, "file is too large: 1200002 bytes (at most 1048576)");
    }

    @Test
    void missingFile_isOneProblem() {
        Path file = dir.resolve("absent.level.json");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.load(file));
        assertEquals(List.of(file + ":1:1: cannot read file: no such file"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void moreThan200Parts_isReportedAtThePartsArray() {
        StringBuilder parts = new StringBuilder(mainWith(""));
        for (int i = 0; i < 200; i++) {
            parts.append(", { \"id\": \"s").append(i).append("\", \"type\": \"sink\" }");
        }
        assertOneProblemIn(level(parts.toString()), 3, 14, "design has 201 parts; at most 200 are allowed");
    }

    @Test
    void moreThan2000Ops_isReportedAtTheFirstOpPastTheLimit() {
        String ops = String.join(", ", java.util.Collections.nCopies(2001, "{\"op\":\"return\"}"));
        int column = mainWith("").indexOf("[ ") + 3 + 2000 * "{\"op\":\"return\"}, ".length();
        assertOneProblemIn(level(mainWith(ops)), 4, column, "design has more than 2000 ops");
    }

    @Test
    void opsNestedDeeperThan16_areReportedAtTheFirstTooDeepOp() {
        String loop = "{\"op\":\"loop\",\"do\":[";
        String ops = loop.repeat(17) + "]}".repeat(17);
        int column = mainWith("").indexOf("[ ") + 3 + 16 * loop.length();
        assertOneProblemIn(level(mainWith(ops)), 4, column, "ops are nested more than 16 deep");
    }

    @Test
    void countAbove64_isRefused() {
        assertOneProblemIn(level(mainWith("") + ",\n{ \"id\": \"w\", \"type\": \"goroutine\", \"count\": 65 }"),
                5, 44, "'count' must be at most 64");
    }

    @Test
    void channelCapAbove1000_isRefused() {
        assertOneProblemIn(level(mainWith("") + ",\n{ \"id\": \"c\", \"type\": \"channel\", \"cap\": 1001 }"),
                5, 40, "'cap' must be between 0 and 1000");
    }

    @Test
    void sleepTicksAboveAMillion_areRefused() {
        String ops = "{ \"op\": \"sleep\", \"ticks\": 1000001 }";
        assertOneProblemIn(level(mainWith(ops)), 4, mainWith("").indexOf("[ ") + 3 + ops.indexOf("1000001"),
                "'ticks' must be between 0 and 1000000");
    }

    @Test
    void literalRepeatTimesAboveAMillion_areRefused() {
        String ops = "{ \"op\": \"repeat\", \"times\": \"2000000\" }";
        assertOneProblemIn(level(mainWith(ops)), 4, mainWith("").indexOf("[ ") + 3 + ops.indexOf("\"2000000\""),
                "'times' must be between 0 and 1000000");
    }

    @Test
    void jsonNestedDeeperThan200_isOneProblem() {
        assertOneProblemIn("[".repeat(300) + "]".repeat(300), 1, 201, "JSON is nested more than 200 levels deep");
    }

    @Test
    void verifyBoundsAboveTheDocumentedMaxima_areClampedToThem() throws LevelException {
        String json = level(mainWith("")).replaceFirst("\\}\\s*$",
                ", \"verify\": { \"maxSteps\": 1000000, \"maxExecutions\": 9223372036854775807 } }");
        org.interleave.engine.model.Level l = LevelLoader.parse("t.level.json", json);
        assertEquals(LevelLoader.STEPS_CLAMP, l.bounds().maxSteps());
        assertEquals(LevelLoader.EXECUTIONS_CLAMP, l.bounds().maxExecutions());
    }

    @Test
    void idLongerThan64Characters_isRefusedAsTooLong() {
        assertOneProblemIn(level(mainWith("") + ",\n{ \"id\": \"" + "s".repeat(65) + "\", \"type\": \"sink\" }"),
                5, 9, "'id' is too long: 65 characters (names have at most 64)");
    }
}

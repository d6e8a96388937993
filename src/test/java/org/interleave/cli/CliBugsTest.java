package org.interleave.cli;

import static org.interleave.cli.CliTest.file;
import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for command-line bugs found in review. */
class CliBugsTest {
    static final String RACY_COUNTER_LOST_UPDATE =
            "main main main worker#0 worker#1 worker#0 worker#0 worker#1 worker#1 main main main";

    @Test
    void replay_tokenAfterTheProgramEnded_exits2SayingNothingCanMove() {
        CliTest.Run r = run("replay", file("racy-counter.level.json"), "--schedule", RACY_COUNTER_LOST_UPDATE + " main main");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("schedule does not replay: step 14: 'main' cannot move here (nothing can move)"
                + System.lineSeparator(), r.err());
    }

    @Test
    void check_buildLevelWhoseStartingDesignHasNoMain_exits2NotAnInternalError(@TempDir Path dir) throws IOException {
        Path level = dir.resolve("empty-build.level.json");
        Files.writeString(level, """
                {"format":1,"id":"empty-build","title":"t","mode":"build",
                 "design":{"parts":[{"id":"c","type":"channel","cap":0}]}}""");
        for (String[] args : new String[][] {{"check", level.toString()}, {"replay", level.toString(), "--schedule", ""}}) {
            CliTest.Run r = run(args);
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().startsWith(level.toString()), r::toString);
            assertTrue(r.err().contains("no main goroutine"), r::toString);
        }
    }

    @Test
    void noCommand_printsUsageToTheCommandLinesOut() {
        CliTest.Run r = run();
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Usage: interleave"), r::toString);
    }

    @Test
    void check_timeBudgetExhausted_isInconclusiveWithExit3(@TempDir Path dir) throws IOException {
        Path level = dir.resolve("pool.level.json");
        Files.writeString(level, DesignFamilies.workerPool(5, 10).json());
        CliTest.Run r = run("check", level.toString(), "--no-reduction", "--max-millis", "50");
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.out().contains("time budget of 50 ms exhausted"), r::toString);
    }
}

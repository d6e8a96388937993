package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GoRunner runs a program until it exits, times out, or shows what the caller waits for. */
class GoRunnerTest {
    @TempDir
    Path work;

    /** The {@code go} command on the PATH (the test is skipped without one). */
    private GoRunner go() throws Exception {
        return GoOnPath.orSkip(work.resolve("gopath"));
    }

    @Test
    void aProgramThatNeverExits_isStoppedOnceItsErrorOutputShowsTheSign() throws Exception {
        GoRunner.Result r = go().run(work, Duration.ofMinutes(10), err -> err.contains("reported"),
                "sh", "-c", "echo reported >&2; exec sleep 600");
        assertTrue(r.stopped(), r::toString);
        assertFalse(r.timedOut(), r::toString);
        assertFalse(r.ok(), "a stopped run is not a clean one");
        assertEquals("reported", r.err().strip());
    }

    @Test
    void aProgramThatExits_isNeitherStoppedNorTimedOut() throws Exception {
        GoRunner.Result r = go().run(work, Duration.ofMinutes(10), err -> err.contains("never printed"),
                "sh", "-c", "echo out; echo err >&2; exit 3");
        assertEquals(3, r.exit());
        assertFalse(r.stopped() || r.timedOut(), r::toString);
        assertEquals("out", r.out().strip());
    }

    @Test
    void theEnvironmentOfWith_reachesTheProgram() throws Exception {
        GoRunner.Result r = go().with("GORACE", "history_size=7").run(work, Duration.ofMinutes(10),
                "sh", "-c", "echo \"$GORACE\"");
        assertTrue(r.ok(), r::toString);
        assertEquals("history_size=7", r.out().strip());
    }
}

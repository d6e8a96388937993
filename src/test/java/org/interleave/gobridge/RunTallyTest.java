package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A process that runs a design several times counts each run that returned before anything went wrong. */
class RunTallyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static String returned(int... runs) {
        StringBuilder b = new StringBuilder();
        for (int r : runs) {
            b.append(GoDriver.returned("d", r));
        }
        return b.toString();
    }

    private static GoRunner.Result exit(int code, String err) {
        return new GoRunner.Result(code, "6\n6\n6\n", err, false, false, 10);
    }

    @Test
    void fiveRunsThatAllReturned_areFiveCleanRunsInOneProcess() {
        RunTally t = RunTally.ofProcess(exit(0, returned(0, 1, 2, 3, 4)), "d", 5, TIMEOUT, 10);
        assertEquals(5, t.runs());
        assertEquals(5, t.clean());
        assertEquals(1, t.processes());
        assertEquals("5 runs: clean 5 (one process, 10 ms)", t.toString());
    }

    @Test
    void aRaceReportedInTheThirdRun_leavesTwoCleanRunsAndOneRacyOne() {
        String err = returned(0, 1) + "==================\nWARNING: DATA RACE\n...\n==================\n"
                + returned(2, 3, 4) + "Found 1 data race(s)\n";
        RunTally t = RunTally.ofProcess(exit(66, err), "d", 5, TIMEOUT, 10);
        assertEquals(3, t.runs());
        assertEquals(2, t.clean());
        assertEquals(1, t.race());
    }

    @Test
    void aPanicInTheLastRun_failsIt() {
        RunTally t = RunTally.ofProcess(exit(2, returned(0, 1, 2, 3) + "panic: send on closed channel\n"), "d", 5,
                TIMEOUT, 10);
        assertEquals(5, t.runs());
        assertEquals(4, t.clean());
        assertEquals(1, t.panic());
    }

    @Test
    void aProcessThatFailsAfterEveryMainReturned_failsItsLastRun() {
        RunTally t = RunTally.ofProcess(exit(1, returned(0, 1, 2, 3, 4)), "d", 5, TIMEOUT, 10);
        assertEquals(5, t.runs());
        assertEquals(4, t.clean());
    }

    @Test
    void aTimeoutInTheSecondRun_isOneTimeout() {
        GoRunner.Result r = new GoRunner.Result(-1, "", returned(0), true, false, 60_000);
        RunTally t = RunTally.ofProcess(r, "d", 5, TIMEOUT, 60_000);
        assertEquals(2, t.runs());
        assertEquals(1, t.clean());
        assertEquals(1, t.timeout());
    }

    @Test
    void aProcessOfThreeDesigns_settlesTheCleanFirstAndTheOneThatRaced_notTheOneAfter() {
        String err = GoDriver.returned("a", 0) + GoDriver.returned("a", 1) + GoDriver.returned("b", 0)
                + "==================\nWARNING: DATA RACE\n...\n==================\n" + GoDriver.returned("b", 1)
                + GoDriver.returned("c", 0) + GoDriver.returned("c", 1) + "Found 1 data race(s)\n";
        java.util.Map<String, RunTally> t = RunTally.ofProcess(exit(66, err), java.util.List.of("a", "b", "c"),
                java.util.Map.of("a", 2, "b", 2, "c", 2), TIMEOUT, 30);
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(t.keySet()));
        assertEquals(2, t.get("a").clean());
        assertEquals(1, t.get("b").clean());
        assertEquals(1, t.get("b").race());
    }

    /**
     * Design a's goroutines still ran when the driver's wait after its last run gave up: the race
     * reported while b ran may be theirs, so b is not blamed for it, and a is not called clean; a
     * runs again alone, then b.
     */
    @Test
    void aRaceAfterAnEarlierDesignLeftGoroutinesRunning_isNotBlamedOnTheDesignRunningThen() {
        String err = GoDriver.returned("a", 0) + GoDriver.returned("a", 1) + GoDriver.stillRunning("a")
                + "==================\nWARNING: DATA RACE\n...\n==================\n" + GoDriver.returned("b", 0)
                + GoDriver.returned("b", 1) + "Found 1 data race(s)\n";
        java.util.Map<String, RunTally> t = RunTally.ofProcess(exit(66, err), java.util.List.of("a", "b"),
                java.util.Map.of("a", 2, "b", 2), TIMEOUT, 30);
        assertEquals(java.util.List.of(), java.util.List.copyOf(t.keySet()));
    }

    /** The goroutines a design left running did nothing wrong later: every design is clean. */
    @Test
    void goroutinesLeftRunningThatDoNothingWrong_leaveEveryDesignClean() {
        String err = GoDriver.returned("a", 0) + GoDriver.stillRunning("a") + GoDriver.returned("b", 0);
        java.util.Map<String, RunTally> t = RunTally.ofProcess(exit(0, err), java.util.List.of("a", "b"),
                java.util.Map.of("a", 1, "b", 1), TIMEOUT, 30);
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(t.keySet()));
        assertEquals(1, t.get("a").clean());
        assertEquals(1, t.get("b").clean());
    }

    /** The driver that lets goroutines run on says when some still run after the wait. */
    @Test
    void driverLettingGoroutinesRunOn_marksThoseStillRunning() {
        String source = GoDriver.source("m", java.util.List.of("a"), true);
        assertEquals(true, source.contains("left := runOn(before)") && source.contains(GoDriver.STILL_RUNNING),
                source);
    }
}

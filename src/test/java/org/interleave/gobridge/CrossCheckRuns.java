package org.interleave.gobridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.interleave.engine.model.Part;
import org.interleave.explore.Verdict;

/**
 * How the Go cross-check runs one design's two binaries, plain and with {@code -race}, from what the
 * engine claims about the design: how often, until which sign, and how long one run may take.
 *
 * <p>A design the engine clears runs {@value #RUNS} times each way, and every run must be clean;
 * its runs share one process each way (the driver runs copies of the design one after the other, each
 * with fresh package variables: 5 starts of the race detector cost 0.5 s of CPU, its runs 0.1 s). A
 * run's goroutines run on after its main returns, as the engine's do ({@link GoDriver#RUN_ON}), before
 * the next starts; such designs also share processes with each other. A design with a context timeout
 * keeps a process a run: its timer is armed
 * when the program starts, and in a shared process a later run would start with it already run out. A
 * design whose every execution deadlocks runs plain until Go reports the deadlock (at most
 * {@value #RUNS} times); a race runs under -race until the detector reports it (at most
 * {@value #MAX_RACE_RUNS} times; a design that both races and deadlocks does both), the first run
 * and every other one after it with {@code GOMAXPROCS=1}: there main runs on until it blocks or
 * returns, and the goroutines it started run after it, the order of counterexamples such as
 * crdb-4407's (main reads {@code info}, returns, and only then does the worker write it), which on
 * several cores Go takes in some runs or none (every one of the 16 racy designs showed its race in
 * 20 of 20 such runs, crdb-4407 in 300 of 300, where on every core it did in 221 of 300 and, with
 * the process ending as main returned, 66 of 200); the runs between keep every core, for a race that
 * needs goroutines side by side. Any other
 * design, which no claim holds to a run, runs once plain for the table (a design that hangs,
 * briefly). A deadlock is never run under -race for its own sake, where it hangs instead of being
 * reported (golang/go#20588); a race run whose main may never return is watched only until its
 * report is complete ({@link #WATCH_TIMEOUT}).
 */
record CrossCheckRuns(Runs plain, Runs race) {
    static final int RUNS = 5;
    static final int MAX_RACE_RUNS = 20;
    /** Far above the milliseconds a run takes: a run cut off is a hang, not a busy machine. */
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    /** For a run the engine says cannot end, which only the table shows. */
    static final Duration HANG_TIMEOUT = Duration.ofMillis(700);
    /**
     * For a race run of a design whose main may never return: under -race Go reports no deadlock
     * (golang/go#20588), so such a run ends only when it is stopped. It is stopped as soon as its race
     * report is complete (about 0.1 s in); this bounds only a run that never shows one, and leaves a
     * busy machine time to print it.
     */
    static final Duration WATCH_TIMEOUT = Duration.ofSeconds(5);

    /**
     * How one binary runs: {@code runs} times, and on up to {@code most} until {@code sign} shows;
     * all in one process when {@code oneProcess} (the driver's copies of the design, one after the
     * other), else each in a fresh one.
     */
    record Runs(int runs, int most, RunTally.Sign sign, Duration timeout, boolean oneProcess) {
        static final Runs NONE = new Runs(0, 0, null, Duration.ZERO, false);

        Runs(int runs, int most, RunTally.Sign sign, Duration timeout) {
            this(runs, most, sign, timeout, false);
        }

        /** The runs of the design in the driver's {@code designs/<dir>}. */
        RunTally on(GoRunner go, Path workDir, String driver, String dir) {
            if (runs == 0) {
                return RunTally.NONE;
            }
            if (oneProcess) {
                return RunTally.inOneProcess(go, workDir, driver, dir, runs, timeout);
            }
            List<GoRunner> gos = sign == RunTally.Sign.RACE ? List.of(go.with("GOMAXPROCS", "1"), go) : List.of(go);
            return RunTally.until(gos, workDir, List.of(driver, dir), runs, most, sign, timeout);
        }

        /** The packages of the design the driver needs: the design and its copies. */
        int packages() {
            return oneProcess ? runs : 1;
        }
    }

    /** The packages of the design the driver needs for these runs: the design and its copies. */
    int packages() {
        return Math.max(plain.packages(), race.packages());
    }

    /** The runs of the design, given whether the race detector could be built. */
    static CrossCheckRuns of(CrossCheckCase c, boolean raceBuilt) {
        if (c.verdict() == Verdict.CLEARED) {
            Runs clean = new Runs(RUNS, RUNS, null, RUN_TIMEOUT, !timedContext(c));
            return new CrossCheckRuns(clean, raceBuilt ? clean : Runs.NONE);
        }
        Runs race = c.verdict() == Verdict.RACE && raceBuilt
                ? new Runs(1, MAX_RACE_RUNS, RunTally.Sign.RACE, c.mayNeverReturn() ? WATCH_TIMEOUT : RUN_TIMEOUT)
                : Runs.NONE;
        if (c.alwaysDeadlocks()) {
            return new CrossCheckRuns(new Runs(1, RUNS, RunTally.Sign.DEADLOCK, RUN_TIMEOUT), race);
        }
        if (c.verdict() == Verdict.RACE) {
            return new CrossCheckRuns(Runs.NONE, race);
        }
        boolean hangs = c.verdict() == Verdict.HANG;
        return new CrossCheckRuns(new Runs(1, 1, null, hangs ? HANG_TIMEOUT : RUN_TIMEOUT), Runs.NONE);
    }

    /** Whether the design has a context with a timeout, which Go arms when the process starts. */
    private static boolean timedContext(CrossCheckCase c) {
        return c.level().design().parts().stream().anyMatch(p -> p instanceof Part.Context x && x.timeout() > 0);
    }
}

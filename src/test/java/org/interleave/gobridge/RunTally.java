package org.interleave.gobridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts over the runs of one Go binary, with the first failing run's output to show. A run that was
 * stopped once it had shown the sign it was watched for counts as {@code stopped}, never as clean.
 */
record RunTally(int runs, int clean, int deadlock, int race, int panic, int timeout, int stopped, String sample,
                long millis) {
    static final RunTally NONE = new RunTally(0, 0, 0, 0, 0, 0, 0, "", 0);

    /** What a run can show that a claim looks for. */
    enum Sign {
        DEADLOCK, RACE;

        boolean in(GoRunner.Result r) {
            return r.err().contains(this == DEADLOCK ? "all goroutines are asleep - deadlock!" : "WARNING: DATA RACE");
        }

        /**
         * Whether standard error so far holds the whole sign, so that the run may be stopped: a race
         * report up to its closing line. (A deadlock ends the run by itself.)
         */
        boolean completeIn(String err) {
            int at = err.indexOf("WARNING: DATA RACE");
            return this == RACE && at >= 0 && err.indexOf("==================", at) >= 0;
        }
    }

    /** Runs {@code command} {@code runs} times, each a fresh process. */
    static RunTally of(GoRunner go, Path workDir, List<String> command, int runs, Duration timeout) {
        return until(go, workDir, command, runs, runs, null, timeout);
    }

    /**
     * Runs {@code command} {@code runs} times, and on, up to {@code most} times in all, until a run
     * shows {@code sign} (whether racing accesses meet, or a deadlock is reached, in a run depends
     * on the schedule). A run stops as soon as the sign is complete in its output: under the race
     * detector, Go reports no deadlock, so a program whose main blocks forever would otherwise run
     * on until the timeout after reporting its race.
     */
    static RunTally until(GoRunner go, Path workDir, List<String> command, int runs, int most, Sign sign,
                          Duration timeout) {
        long t0 = System.nanoTime();
        String[] cmd = command.toArray(String[]::new);
        int clean = 0;
        int deadlock = 0;
        int race = 0;
        int panic = 0;
        int timedOut = 0;
        int stopped = 0;
        String sample = "";
        int i = 0;
        boolean seen = false;
        for (; i < runs || i < most && !seen; i++) {
            GoRunner.Result r = go.run(workDir, timeout, sign == null ? null : sign::completeIn, cmd);
            boolean dl = Sign.DEADLOCK.in(r);
            boolean rc = Sign.RACE.in(r);
            seen |= sign != null && sign.in(r);
            boolean pn = !dl && (r.err().contains("panic: ") || r.err().contains("fatal error: "));
            deadlock += dl ? 1 : 0;
            race += rc ? 1 : 0;
            panic += pn ? 1 : 0;
            timedOut += r.timedOut() ? 1 : 0;
            stopped += r.stopped() ? 1 : 0;
            if (r.ok() && !rc) {
                clean++;
            } else if (sample.isEmpty()) {
                sample = r.timedOut() ? "(timed out after " + timeout.toMillis() + " ms)\n" + r.both()
                        : r.stopped() ? "(stopped once it showed the " + sign + ")\n" + r.both() : r.both();
            }
        }
        return new RunTally(i, clean, deadlock, race, panic, timedOut, stopped, sample,
                (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public String toString() {
        if (runs == 0) {
            return "not run";
        }
        List<String> parts = new ArrayList<>();
        String[] names = {"clean", "deadlock", "DATA RACE", "panic", "timeout", "stopped at the report"};
        int[] counts = {clean, deadlock, race, panic, timeout, stopped};
        for (int i = 0; i < names.length; i++) {
            if (counts[i] > 0) {
                parts.add(names[i] + " " + counts[i]);
            }
        }
        return runs + " runs: " + String.join(", ", parts) + " (" + millis + " ms)";
    }
}

package org.interleave.gobridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over the runs of one Go binary, and the processes they took, with the first failing run's
 * output to show. A run that was stopped once it had shown the sign it was watched for counts as
 * {@code stopped}, never as clean.
 */
record RunTally(int runs, int processes, int clean, int deadlock, int race, int panic, int timeout, int stopped,
                String sample, long millis) {
    static final RunTally NONE = new RunTally(0, 0, 0, 0, 0, 0, 0, 0, "", 0);

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
        return until(List.of(go), workDir, command, runs, most, sign, timeout);
    }

    /** {@link #until(GoRunner, Path, List, int, int, Sign, Duration)}, the i-th run by {@code gos.get(i % gos.size())}. */
    static RunTally until(List<GoRunner> gos, Path workDir, List<String> command, int runs, int most, Sign sign,
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
            GoRunner.Result r = gos.get(i % gos.size()).run(workDir, timeout, sign == null ? null : sign::completeIn, cmd);
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
        return new RunTally(i, i, clean, deadlock, race, panic, timedOut, stopped, sample,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Runs the design in {@code designs/<dir>} {@code n} times in one process, the driver's copies one
     * after the other ({@link GoDriver}).
     */
    static RunTally inOneProcess(GoRunner go, Path workDir, String driver, String dir, int n, Duration timeout) {
        return inOneProcess(go, workDir, driver, Map.of(dir, n), timeout).get(dir);
    }

    /**
     * Runs several designs, each {@code designs.get(dir)} times, one after the other in one process
     * (a process costs far more than a run), and tallies each design as if it had had a process of its
     * own: a design whose every main returned before anything went wrong is clean; the one that was
     * going on when something did is tallied by {@link #ofProcess}, and those after it (which did not
     * run, or ran after the failure) run again in a new process. A clean design's time is its share of
     * the process's.
     */
    static Map<String, RunTally> inOneProcess(GoRunner go, Path workDir, String driver, Map<String, Integer> designs,
                                              Duration timeout) {
        Map<String, RunTally> out = new LinkedHashMap<>();
        List<String> left = new ArrayList<>(designs.keySet());
        boolean alone = false;
        while (!left.isEmpty()) {
            // a design that left goroutines running when something went wrong later runs alone, so
            // that all that comes after its runs is its own
            List<String> now = alone ? left.subList(0, 1) : left;
            List<String> cmd = new ArrayList<>(List.of(driver));
            now.forEach(d -> cmd.add(GoDriver.runs(d, designs.get(d))));
            long t0 = System.nanoTime();
            GoRunner.Result r = go.run(workDir, timeout, cmd.toArray(String[]::new));
            Map<String, RunTally> settled = ofProcess(r, now, designs, timeout, (System.nanoTime() - t0) / 1_000_000);
            out.putAll(settled);
            alone = settled.isEmpty();
            left = new ArrayList<>(left.subList(settled.size(), left.size()));
        }
        return out;
    }

    /**
     * The tallies that one process of several designs (in {@code order}, each {@code runs.get(dir)}
     * times) settles: each design whose every main returned before anything went wrong, clean, and
     * then the one that was going on when something did, by {@link #ofProcess(GoRunner.Result, String,
     * int, Duration, long)}. The designs after it are not settled. Nor is a design whose goroutines
     * still ran after its last run ({@link GoDriver#stillRunning}) when something went wrong after
     * it: that may be theirs, not the design's that was going on then, and it runs again, alone.
     */
    static Map<String, RunTally> ofProcess(GoRunner.Result r, List<String> order, Map<String, Integer> runs,
                                           Duration timeout, long millis) {
        Map<String, RunTally> out = new LinkedHashMap<>();
        String err = r.err();
        int from = 0;
        for (String d : order) {
            int n = runs.get(d);
            String last = GoDriver.returned(d, n - 1);
            int end = err.indexOf(last, from);
            boolean lastOne = out.size() == order.size() - 1;
            if (end >= 0 && !wentWrong(err.substring(from, end)) && (!lastOne || r.ok())) {
                int next = end + last.length();
                if (!lastOne && err.indexOf(GoDriver.stillRunning(d), from) >= 0
                        && (wentWrong(err.substring(next)) || !r.ok())) {
                    break;
                }
                out.put(d, new RunTally(n, 1, n, 0, 0, 0, 0, 0, "", millis / order.size()));
                from = next;
                continue;
            }
            GoRunner.Result own = new GoRunner.Result(r.exit(), r.out(), err.substring(from), r.timedOut(),
                    r.stopped(), r.millis());
            out.put(d, ofProcess(own, d, n, timeout, millis));
            break;
        }
        return out;
    }

    /** Whether standard error shows a race report, a panic, a fatal error or Go's deadlock report. */
    private static boolean wentWrong(String err) {
        return err.contains("WARNING: DATA RACE") || err.contains("panic: ") || err.contains("fatal error: ");
    }

    /**
     * The tally of one process that ran the design in {@code designs/<dir>} {@code n} times, one run
     * after the other: a run is clean when its main returned before anything went wrong (a race
     * report, a panic, a deadlock, the timeout, a non-zero exit); the run that was going on then
     * failed, and those after it did not run.
     */
    static RunTally ofProcess(GoRunner.Result r, String dir, int n, Duration timeout, long millis) {
        String err = r.err();
        int firstRace = err.indexOf("WARNING: DATA RACE");
        String before = firstRace < 0 ? err : err.substring(0, firstRace);
        int returned = 0;
        while (returned < n && before.contains(GoDriver.returned(dir, returned))) {
            returned++;
        }
        boolean dl = Sign.DEADLOCK.in(r);
        boolean rc = firstRace >= 0;
        boolean pn = !dl && (err.contains("panic: ") || err.contains("fatal error: "));
        if (r.ok() && !rc && !pn && returned == n) {
            return new RunTally(n, 1, n, 0, 0, 0, 0, 0, "", millis);
        }
        int clean = Math.min(returned, n - 1);
        String sample = (r.timedOut() ? "(timed out after " + timeout.toMillis() + " ms)\n" : "")
                + "(in one process of " + n + " runs, " + clean + " returned first)\n" + r.both();
        return new RunTally(clean + 1, 1, clean, dl ? 1 : 0, rc ? 1 : 0, pn ? 1 : 0, r.timedOut() ? 1 : 0, 0, sample,
                millis);
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
        String in = processes == runs ? "" : processes == 1 ? "one process, " : processes + " processes, ";
        return runs + " runs: " + String.join(", ", parts) + " (" + in + millis + " ms)";
    }
}

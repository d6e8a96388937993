package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.Report;

/**
 * What one run of an exported Go program showed, read from its exit, stdout and stderr as outcome
 * names, and whether the engine's report has the finding each outcome requires (see
 * {@link GoSoundness} for the mapping). Outcomes of Go rules that DESIGN §4 does not have are
 * named apart ({@link #OUTSIDE_MODEL}).
 */
final class GoOutcomes {
    private static final Pattern CRASH = Pattern.compile("(?m)^(panic: .*|fatal error: .*)$");

    private GoOutcomes() {}

    /**
     * What one run showed, as outcome names: {@code race}, {@code deadlock}, {@code no exit},
     * {@code crash: <first line>}, {@code output: [values]} when the values break the output goal,
     * {@code exit N} for an exit nothing else explains, or {@code clean}.
     */
    static List<String> of(Level level, String program, GoRunner.Result r, boolean race) {
        List<String> out = new ArrayList<>();
        String err = r.err();
        out.addAll(races(program, err));
        if (r.timedOut() || r.stopped()) {  // stopped: the driver saw every goroutine blocked for good
            out.add(race ? "no exit (-race)" : "no exit");
            return out;
        }
        if (err.contains("all goroutines are asleep - deadlock!")) {
            out.add("deadlock");
            return out;
        }
        Matcher crash = CRASH.matcher(err);
        if (crash.find()) {
            out.add("crash: " + crash.group(1).strip());
            return out;
        }
        // The race detector makes a run that found a race exit with 66 at the end.
        boolean normal = r.exit() == 0 || race && r.exit() == 66 && !out.isEmpty();
        if (!normal) {
            out.add("exit " + r.exit());
            return out;
        }
        Goal.OutputGoal want = level.goal().output();
        if (want != null) {
            List<Long> got = printed(level, want.sink(), r.out());
            if (got == null || !matches(want, got)) {
                out.add("output: " + (got == null ? "unreadable " + r.out().strip() : got));
            }
        }
        if (out.isEmpty()) {
            out.add("clean");
        }
        return out;
    }

    /**
     * Go's race detector also reports a {@code WaitGroup} misuse as a data race: an {@code Add}
     * that takes the counter up from zero, unordered with a {@code Wait} that blocks ("calls with
     * a positive delta that occur when the counter is zero must happen before a Wait", sync docs).
     * DESIGN §4 defines races on {@code var} parts only, so such a report is counted apart.
     */
    static final String WAITGROUP_RACE = "race on a WaitGroup (Add from zero unordered with a blocking Wait)";

    /**
     * Go's race detector reports a {@code close} unordered with a send on the channel as a data
     * race (the runtime models close as a write and send as a read of the channel), whether or not
     * the send then panics. DESIGN §4 has no such race: there the same bug is the reachable
     * {@code panic: send on closed channel} (close first).
     */
    static final String CHANNEL_RACE = "race on a channel (close unordered with a send)";

    /** Outcomes of Go rules that DESIGN §4 does not have: counted and listed apart, never as misses. */
    static final Set<String> OUTSIDE_MODEL = Set.of(WAITGROUP_RACE, CHANNEL_RACE);

    private static final Pattern SOURCE_LINE = Pattern.compile("main\\.go:(\\d+)");
    private static final Pattern WAITGROUP_CALL = Pattern.compile("^\\w+\\.(Add\\(.*\\)|Wait\\(\\)|Done\\(\\))$");

    /**
     * The races a run reported: {@code race} for one between the program's own accesses, or
     * {@link #WAITGROUP_RACE} when both accesses are the WaitGroup calls of the program.
     */
    static Set<String> races(String program, String stderr) {
        Set<String> out = new TreeSet<>();
        String[] lines = program.split("\n", -1);
        String[] blocks = stderr.split("WARNING: DATA RACE");
        for (int b = 1; b < blocks.length; b++) {
            String block = blocks[b];
            int end = block.indexOf("==================");
            block = end >= 0 ? block.substring(0, end) : block;
            int previous = block.indexOf("\nPrevious ");
            boolean waitGroup = previous > 0;
            for (String access : previous > 0
                    ? new String[] {block.substring(0, previous), block.substring(previous)} : new String[] {block}) {
                // the first frame of the program in the access's stack, before "Goroutine N created at"
                int created = access.indexOf("\nGoroutine ");
                Matcher m = SOURCE_LINE.matcher(created >= 0 ? access.substring(0, created) : access);
                int line = m.find() ? Integer.parseInt(m.group(1)) : -1;
                waitGroup &= line >= 1 && line <= lines.length && WAITGROUP_CALL.matcher(lines[line - 1].strip()).matches();
            }
            out.add(block.contains("runtime.closechan()") ? CHANNEL_RACE : waitGroup ? WAITGROUP_RACE : "race");
        }
        return out;
    }

    /** The values printed on a sink (lines "sink: v" when the design has several sinks), or null if unreadable. */
    static List<Long> printed(Level level, String sink, String stdout) {
        boolean many = level.design().parts().stream().filter(p -> p instanceof Part.Sink).count() > 1;
        List<Long> values = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String value = line.strip();
            if (many) {
                if (!value.startsWith(sink + ": ")) {
                    continue;
                }
                value = value.substring(sink.length() + 2).strip();
            }
            switch (value) {
                case "true" -> values.add(1L);
                case "false" -> values.add(0L);
                default -> {
                    try {
                        values.add(Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
        }
        return values;
    }

    static boolean matches(Goal.OutputGoal want, List<Long> got) {
        if (want.exactOrder()) {
            return want.expect().equals(got);
        }
        List<Long> a = new ArrayList<>(want.expect());
        List<Long> b = new ArrayList<>(got);
        a.sort(null);
        b.sort(null);
        return a.equals(b);
    }

    /** Whether the engine's report has the finding that a Go outcome requires. */
    static boolean reported(String outcome, Report report) {
        Set<Kind> kinds = new TreeSet<>();
        report.findings().forEach(f -> kinds.add(f.kind()));
        if (outcome.equals("clean")) {
            return true;
        }
        if (outcome.equals("race")) {
            return kinds.contains(Kind.RACE);
        }
        if (outcome.equals("deadlock")) {
            return kinds.contains(Kind.DEADLOCK);
        }
        if (outcome.startsWith("no exit")) {
            return kinds.contains(Kind.HANG) || kinds.contains(Kind.DEADLOCK);
        }
        if (outcome.startsWith("output: ")) {
            return kinds.contains(Kind.OUTPUT);
        }
        if (outcome.startsWith("crash: ")) {
            String line = outcome.substring("crash: ".length());
            for (Finding f : report.findings()) {
                if ((f.kind() == Kind.PANIC || f.kind() == Kind.ASSERT)
                        && (line.equals(f.message()) || line.equals("panic: " + f.message())
                        || line.startsWith(f.message() + " "))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}

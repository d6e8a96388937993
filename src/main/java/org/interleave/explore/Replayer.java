package org.interleave.explore;

import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.model.Goal;

/** Replays schedules exactly, and confirms that a finding's schedule reproduces it. */
public final class Replayer {
    /** States the liveness analysis at the end of a replay may visit. */
    private static final long LIVENESS_STATES = 50_000;

    private final Runner runner;
    private final Goal goal;
    private final int maxSteps;
    private final Limits limits;

    public Replayer(Program program, Goal goal, int maxSteps, Limits limits) {
        this.runner = new Runner(program, goal, Math.max(maxSteps, 1), limits);
        this.goal = goal;
        this.maxSteps = Math.max(maxSteps, 1);
        this.limits = limits;
    }

    /**
     * The liveness problems of the state a replay stopped in, when the program could go on: main
     * can never return from there (hang), or after main returned a goroutine can never finish (a
     * leak that loops). Found by a small exhaustive search from that state.
     */
    public java.util.List<Finding> livenessAtEnd(Execution e) {
        if (e.end() != Execution.End.PARTIAL && e.end() != Execution.End.CUT) {
            return java.util.List.of();
        }
        SearchBudget b = SearchBudget.DEFAULT.withMaxSteps(maxSteps).withMaxStates(LIVENESS_STATES);
        b = new SearchBudget(b.maxSteps(), b.maxStates(), b.maxExecutions(), b.maxMemoryBytes(), b.keptMachines(),
                limits, true);
        // The search's own findings first: where it can tell, they say who really loops, as
        // check's do; what the code proves counts where the search could not tell.
        Explorer search = new Explorer(goal, b, () -> false, Explorer.Progress.NONE);
        SearchResult r = search.explore(e.last(), e.schedule());
        java.util.List<Finding> out = new java.util.ArrayList<>(r.findings().stream()
                .filter(f -> (f.kind() == Kind.HANG || f.kind() == Kind.LEAK)
                        && f.schedule().length() == e.schedule().length())
                .toList());
        if (search.startDoomed && out.stream().noneMatch(f -> f.kind() == Kind.HANG)) {
            // Main still moves where the schedule ends, but can never return from there: the
            // search reports the hang where main ends up (blocked, or looping); the state the
            // replay stopped in hangs already (DESIGN §4), as a prefix of check's schedule does.
            r.findings().stream().filter(f -> f.kind() == Kind.HANG).findFirst()
                    .map(f -> goesOn(f, e.schedule())).ifPresent(out::add);
        }
        // A search that saw every state has decided whether this one hangs: the code's proof that
        // main is blocked for good would call a hang what may yet be a deadlock (the others stop).
        // Not where the step bound cut the run: there check reports what the code proves.
        boolean decided = r.complete() && e.end() == Execution.End.PARTIAL;
        new org.interleave.engine.Blocking(e.last()).provenStuck().stream().map(f -> f.toFinding(e.schedule()))
                .filter(f -> !(decided && f.kind() == Kind.HANG))
                .filter(f -> out.stream().noneMatch(x -> x.key().equals(f.key())))
                .forEach(out::add);
        return out;
    }

    /** The hang f, found further on, as a finding of the state {@code at} leads to: it says how to get where f was found. */
    private static Finding goesOn(Finding f, Schedule at) {
        java.util.List<String> rest = f.schedule().tokens().subList(at.length(), f.schedule().length());
        java.util.List<String> explanation = new java.util.ArrayList<>(f.explanation());
        explanation.add("Going on with '" + String.join(" ", rest) + "', for one, gets there.");
        return new Finding(f.kind(), f.message(), at, f.where(), explanation);
    }

    /**
     * Runs the schedule from the start. Throws {@link ReplayStrategy.ScheduleMismatch} when a
     * token cannot move at its step.
     */
    public Execution replay(Schedule schedule, boolean record) {
        ReplayStrategy s = new ReplayStrategy(schedule);
        s.begin(0);
        Execution e = runner.run(s, record);
        if (!s.finished() && e.end() != Execution.End.CUT) {
            throw new ReplayStrategy.ScheduleMismatch(e.schedule().length() + 1,
                    schedule.tokens().get(e.schedule().length()), java.util.List.of());
        }
        return e;
    }

    /** Whether replaying the finding's schedule shows the same problem again. */
    public boolean reproduces(Finding f) {
        Execution e;
        try {
            e = replay(f.schedule(), false);
        } catch (ReplayStrategy.ScheduleMismatch mismatch) {
            return false;
        }
        if (e.findings().stream().anyMatch(x -> x.key().equals(f.key()))) {
            return true;
        }
        // Liveness problems (main that can never return, a goroutine that loops forever) are
        // properties of the state the schedule reaches, not of one finite run.
        return (f.kind() == Kind.HANG || f.kind() == Kind.LEAK)
                && livenessAtEnd(e).stream().anyMatch(x -> x.key().equals(f.key()));
    }
}

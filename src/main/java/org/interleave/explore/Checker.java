package org.interleave.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;

/**
 * Checks a level's design against its goal: explores it (exhaustively, or with many seeded
 * random or PCT runs), replays every finding to confirm it, and decides the verdict.
 */
public final class Checker {
    private final CheckOptions options;
    private final BooleanSupplier cancelled;
    private final Explorer.Progress progress;
    private final LongSupplier nanoTime;
    private boolean ticks = true;
    private int threads = 1;
    private java.util.concurrent.ThreadFactory threadFactory;
    private MemoryGuard memory;

    /** {@code nanoTime} is only used to report how long the check took. */
    public Checker(CheckOptions options, BooleanSupplier cancelled, Explorer.Progress progress, LongSupplier nanoTime) {
        this.options = options;
        this.cancelled = cancelled;
        this.progress = progress;
        this.nanoTime = nanoTime;
    }

    /**
     * Whether the check also scores the timed run against the goal's {@code maxTicks} (a
     * {@code ticks} finding; on by default, as {@code check} decides). The game turns it off: it
     * plays and scores that run itself, with the same seed.
     */
    public Checker ticks(boolean on) {
        this.ticks = on;
        return this;
    }

    /**
     * Threads the exhaustive search expands states on (default 1). The report is the same for
     * any number: only the time it takes changes.
     */
    public Checker threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Makes the threads of {@link #threads} (default: the explorer's daemon threads). */
    public Checker threadFactory(java.util.concurrent.ThreadFactory f) {
        this.threadFactory = f;
        return this;
    }

    /**
     * Bounds the check's memory: it stops, {@code inconclusive} with the guard's reason, once the
     * heap it holds stays above the guard's bound, and the exhaustive search's own accounting
     * stops no later (its budget is the smaller of the level's and the guard's bound).
     */
    public Checker memory(MemoryGuard guard) {
        this.memory = guard;
        return this;
    }

    public Report check(Level level) {
        long t0 = nanoTime.getAsLong();
        long deadline = options.maxMillis() > 0 ? t0 + options.maxMillis() * 1_000_000 : Long.MAX_VALUE;
        boolean[] expired = new boolean[1];
        BooleanSupplier halt = () -> {
            if (cancelled.getAsBoolean()) {
                return true;
            }
            if (memory != null && memory.getAsBoolean()) {
                return true;
            }
            if (deadline != Long.MAX_VALUE && nanoTime.getAsLong() > deadline) {
                expired[0] = true;
                return true;
            }
            return false;
        };
        Program program = new Program(level.design());
        SearchBudget budget = SearchBudget.of(level.bounds());
        if (options.budget() > 0) {
            budget = budget.withMaxExecutions(options.budget()).withMaxStates(options.budget());
        }
        budget = budget.withSymmetry(options.reduction());
        if (memory != null && memory.bound() < budget.maxMemoryBytes()) {
            budget = budget.withMaxMemoryBytes(memory.bound());
        }
        List<Finding> found;
        boolean complete;
        String stop;
        long executions;
        long states;
        long steps;
        int depth;
        long held = 0;
        long stored = 0;
        if (options.strategy() == CheckOptions.StrategyKind.DFS) {
            Machine start = new Machine(program, Timing.VERIFY, budget.limits());
            List<Finding> initial = new ArrayList<>();
            start.drainFaults().forEach(f -> initial.add(f.toFinding(org.interleave.engine.Schedule.EMPTY)));
            Explorer explorer = new Explorer(level.goal(), budget, halt, progress)
                    .preemptionBound(level.bounds().preemptionBound()).threads(threads);
            if (threadFactory != null) {
                explorer.threadFactory(threadFactory);
            }
            SearchResult r = explorer.explore(start, org.interleave.engine.Schedule.EMPTY);
            found = new ArrayList<>(initial);
            found.addAll(r.findings());
            complete = r.complete();
            stop = r.stopReason();
            executions = r.executions();
            states = r.states();
            steps = r.steps();
            depth = r.maxDepth();
            held = r.heldBytes();
            stored = r.storedBytes();
        } else {
            Sampler.Result r = new Sampler(program, level.goal(), budget, options, halt, progress).run();
            found = r.findings();
            complete = false;
            stop = r.stopReason();
            executions = r.executions();
            states = r.states();
            steps = r.steps();
            depth = r.maxDepth();
        }
        if (expired[0]) {
            stop = "time budget of " + options.maxMillis() + " ms exhausted";
        } else if (memory != null && memory.tripped()) {
            stop = memory.reason();
        }
        List<Finding> confirmed = confirm(program, level.goal(), budget, found);
        Finding slow = ticks ? ticks(program, level, budget) : null;
        if (slow != null) {
            confirmed = new ArrayList<>(confirmed);
            confirmed.add(slow);
        }
        Verdict verdict = level.mode() == Goal.Mode.BREAK
                ? decideBreak(level.goal(), confirmed, complete)
                : decide(level.goal(), confirmed, complete);
        long millis = (nanoTime.getAsLong() - t0) / 1_000_000;
        return new Report(level.id(), verdict, complete, confirmed,
                new Stats(executions, states, steps, millis, depth, held, stored), options.describe(), complete ? null : stop);
    }

    /**
     * The goal's {@code maxTicks}, decided as the game's checklist decides it: by the timed run
     * with {@link TimedRun#SCORE_SEED}. Null when the goal has no limit or the run keeps to it.
     * Its schedule is the run's visible steps in {@code replay}'s grammar ({@link VisibleSchedule}),
     * and {@code replay} of exactly that schedule reports this finding again; {@code run} shows
     * the run tick by tick. Throws {@link IllegalStateException} (an internal error, as for a
     * verify finding that does not replay) when that schedule would not replay as the run.
     */
    public static Finding ticks(Level level) {
        SearchBudget budget = SearchBudget.of(level.bounds());
        return ticks(new Program(level.design()), level, budget);
    }

    static Finding ticks(Program program, Level level, SearchBudget budget) {
        TimedRun.Result run = overshoot(program, level, budget);
        // a run verify cannot follow because verify's program crashes first (an assert or panic
        // after work, which verify runs at once) gives no ticks finding: that crash is a finding
        // of verify's own, so the design is not cleared either way, and the run has no schedule
        // replay could reproduce
        return run == null || VisibleSchedule.verifyCrashesFirst(program, budget.limits(), run) ? null
                : ticks(program, level.goal(), budget, run);
    }

    /**
     * The level's ticks finding when {@code replay} (a recorded replay of the level's design) is
     * the timed run that scored it, else null: the one place that recognises the scored run, for
     * {@code replay} and the game's reveal alike. It is recognised by the steps the replay took
     * (their canonical tokens, however the schedule was spelled) and by what they did, step by
     * step and at the end ({@link VisibleSchedule#faithful}).
     */
    public static Finding ticksReplayed(Level level, Execution replay) {
        Program program = new Program(level.design());
        SearchBudget budget = SearchBudget.of(level.bounds());
        TimedRun.Result run = overshoot(program, level, budget);
        if (run == null) {
            return null;
        }
        // not ticks(...), which throws when the run's schedule does not replay as the run: a replay
        // is recognised as the scored run or not, and replay and the reveal go on either way
        org.interleave.engine.Schedule s = VisibleSchedule.of(program, budget.limits(), run);
        List<String> took = replay.steps().stream().map(org.interleave.engine.StepRecord::token).toList();
        return s != null && took.equals(s.tokens()) && VisibleSchedule.faithful(program, budget.limits(), run, replay)
                ? finding(level.goal(), run, s) : null;
    }

    /** The scoring run when the goal limits ticks and the run overshoots the limit, else null. */
    private static TimedRun.Result overshoot(Program program, Level level, SearchBudget budget) {
        Goal goal = level.goal();
        if (goal.maxTicks() <= 0 || level.mode() == Goal.Mode.BREAK) {
            return null;
        }
        TimedRun.Result run = new TimedRun(program, goal, budget.maxSteps(), budget.limits()).run(TimedRun.SCORE_SEED);
        long at = run.mainReturnedAt();
        return at >= 0 && at <= goal.maxTicks() ? null : run;
    }

    private static Finding ticks(Program program, Goal goal, SearchBudget budget, TimedRun.Result run) {
        return finding(goal, run, replayable(program, goal, budget, run));
    }

    private static Finding finding(Goal goal, TimedRun.Result run, org.interleave.engine.Schedule schedule) {
        long at = run.mainReturnedAt();
        String cores = goal.cores() == 1 ? "On 1 core" : "On " + goal.cores() + " cores";
        long over = at - goal.maxTicks();
        String why = at < 0
                ? cores + " main did not return, so the design does not meet its time limit."
                : cores + " main returned at tick " + at + ", " + over + (over == 1 ? " tick" : " ticks")
                        + " over the limit of " + goal.maxTicks() + ": the design is correct but too slow.";
        return new Finding(Kind.TICKS, message(goal, run), schedule, List.of(), List.of(why));
    }

    private static String message(Goal goal, TimedRun.Result run) {
        long at = run.mainReturnedAt();
        return at < 0
                ? "main never returned in the timed run, the goal is " + goal.maxTicks()
                : "main returned at tick " + at + ", the goal is " + goal.maxTicks();
    }

    /**
     * The run's visible steps in replay's grammar ({@link VisibleSchedule}), checked as {@link
     * #confirm} checks verify's findings: {@code replay} of it must be the run ({@link
     * VisibleSchedule#faithful}). When it is not — a run step verify cannot take, a schedule
     * replay rejects, or one that replays another run — the engine is wrong, and this throws an
     * internal error naming the schedule rather than present a schedule that is not the scored run
     * as the counterexample. Package-private for the test that feeds it such a run.
     */
    static org.interleave.engine.Schedule replayable(Program program, Goal goal, SearchBudget budget,
                                                     TimedRun.Result run) {
        org.interleave.engine.Schedule s = VisibleSchedule.of(program, budget.limits(), run);
        String wrong;
        if (s == null) {
            wrong = "the timed run took a step verify cannot take (the run: " + run.execution().schedule() + ")";
        } else {
            try {
                Execution e = new Replayer(program, goal, Math.max(budget.maxSteps(), s.length()), budget.limits())
                        .replay(s, true);
                if (VisibleSchedule.faithful(program, budget.limits(), run, e)) {
                    return s;
                }
                wrong = "its schedule " + s + " replays another run";
            } catch (ReplayStrategy.ScheduleMismatch m) {
                wrong = "its schedule " + s + " does not replay (" + m.getMessage() + ")";
            }
        }
        throw new IllegalStateException("internal error: the ticks finding does not replay: " + message(goal, run)
                + "; " + wrong);
    }

    /** Keeps one finding per problem (the shortest), each replayed to make sure it reproduces. */
    private static List<Finding> confirm(Program program, Goal goal, SearchBudget budget, List<Finding> found) {
        Map<String, Finding> best = new LinkedHashMap<>();
        for (Finding f : found) {
            Finding old = best.get(f.key());
            if (old == null || f.schedule().length() < old.schedule().length()) {
                best.put(f.key(), f);
            }
        }
        Replayer replayer = new Replayer(program, goal, budget.maxSteps(), budget.limits());
        List<Finding> out = new ArrayList<>();
        for (Finding f : best.values()) {
            if (replayer.reproduces(f)) {
                out.add(f);
            } else {
                throw new IllegalStateException("internal error: finding does not replay: " + f.message()
                        + " with schedule " + f.schedule());
            }
        }
        out.sort(Comparator.comparing((Finding f) -> f.kind().ordinal()).thenComparing(f -> f.schedule().length()));
        return out;
    }

    /** The verdict: the first forbidden kind found, else cleared when exhaustive, else inconclusive. */
    public static Verdict decide(Goal goal, List<Finding> findings, boolean complete) {
        for (Kind k : Kind.values()) {
            if (forbidden(goal, k) && findings.stream().anyMatch(f -> f.kind() == k)) {
                return Verdict.of(k);
            }
        }
        return complete ? Verdict.CLEARED : Verdict.INCONCLUSIVE;
    }

    /**
     * The verdict on a {@code break} level, whose goal forbids nothing: the player is to make the
     * design fail. It names the outcome the level asks to reach when the design can reach it,
     * else the first kind found, else cleared (the design cannot be broken) or inconclusive.
     */
    public static Verdict decideBreak(Goal goal, List<Finding> findings, boolean complete) {
        if (goal.reach() != null) {
            Kind reach = Kind.fromJson(goal.reach());
            if (findings.stream().anyMatch(f -> f.kind() == reach)) {
                return Verdict.of(reach);
            }
        }
        for (Kind k : Kind.values()) {
            if (findings.stream().anyMatch(f -> f.kind() == k)) {
                return Verdict.of(k);
            }
        }
        return complete ? Verdict.CLEARED : Verdict.INCONCLUSIVE;
    }

    /** Whether the goal forbids an outcome kind. Asserts are always forbidden. */
    public static boolean forbidden(Goal goal, Kind k) {
        return switch (k) {
            case RACE -> goal.noRace();
            case DEADLOCK, HANG -> goal.noDeadlock();
            case LEAK -> goal.noLeak();
            case PANIC -> goal.noPanic();
            case ASSERT -> true;
            case OUTPUT -> goal.output() != null;
            case TICKS -> goal.maxTicks() > 0;
        };
    }
}

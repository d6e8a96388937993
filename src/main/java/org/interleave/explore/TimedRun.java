package org.interleave.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.Finding;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Goal;

/**
 * One run on the virtual clock, for animation and scores (DESIGN §4, "Time"). Each tick, up to
 * {@code cores} goroutines advance, one step each. {@code work n} holds a core for n ticks: a
 * goroutine that starts it with its step at tick t is busy (holds a core, takes no step) at ticks
 * t+1 to t+n-2, and at tick t+n-1 its finishing step takes that core before any other goroutine
 * steps (several finishing at one tick in creation order), so it goes on, or main returns, at tick
 * t+n ({@code work 1} is one step). The cores left free go to goroutines that can move, in
 * round-robin order over creation order starting after the last one served so (a finishing step
 * does not move that point); docs/go-semantics.md, "Who gets a core in a timed run". Sleeps,
 * {@code after} cases and context timeouts fire when the clock reaches them. When nothing can
 * move — no goroutine is ready, or every core is held by work — the clock jumps to the next tick
 * at which something changes (work ends, a timer fires), so a run costs time in proportion to its
 * steps, never to its ticks: {@code work 1000000} on a busy core is one jump, not a million
 * rounds. A run ends after {@code maxSteps} steps as verify counts them (the start and end of {@code work}
 * not among them; timeouts fired among them), or after {@code 2 maxSteps} work steps with no
 * visible one between. A select with several ready cases picks one with the seeded random
 * generator, as Go picks uniformly. The same seed always gives the same run.
 *
 * <p>Every step of the run is one verify can take in the same state (so that a ticks finding's
 * schedule replays, {@link VisibleSchedule}): a select is parked exactly as in verification
 * ({@code Machine.updateParking}) — one that reached a case ready by the resources' state never
 * takes its {@code after} case nor receives a partner's hand-off until no such case is ready any
 * more — and the program ends with a crash: no timeout fires, and main's return does not count,
 * after the step that crashed it.
 */
public final class TimedRun {
    private final Program program;
    private final Goal goal;
    private final int maxSteps;
    private final Limits limits;

    /**
     * The run: its steps, findings on the way, the tick at which main returned (-1 if never), and,
     * for {@link VisibleSchedule}, the choice each step took (one per step), how many steps had
     * been taken when main returned (-1 if never; main returns within the step that ends its last
     * op, whoever takes it), and the context timeouts that fired on the clock, in order.
     */
    public record Result(Execution execution, long mainReturnedAt, long lastTick, List<Choice> choices,
                         int mainReturnedStep, List<Timeout> timeouts) {
        public Result {
            choices = List.copyOf(choices);
            timeouts = List.copyOf(timeouts);
        }
    }

    /** The timeout of context {@code context} fired on the clock after {@code beforeStep} steps of the run. */
    public record Timeout(int beforeStep, String context) {}

    /** Watches a run as it goes, for animation: called after every step with the machine as it stands then. */
    @FunctionalInterface
    public interface Observer {
        /** {@code machine} after {@code step}; the observer reads it and must not step it. */
        void stepped(Machine machine, StepRecord step);
    }

    /** The seed of the run that scores a design, in the game and in {@code check}, so that both agree. */
    public static final long SCORE_SEED = 1;

    public TimedRun(Program program, Goal goal, int maxSteps, Limits limits) {
        this.program = program;
        this.goal = goal;
        this.maxSteps = maxSteps;
        this.limits = limits;
    }

    public Result run(long seed) {
        return run(seed, (m, s) -> { });
    }

    /** The run with this seed, telling {@code observer} about every step as it happens. */
    public Result run(long seed, Observer observer) {
        SplittableRandom random = new SplittableRandom(seed);
        Machine m = new Machine(program, Timing.TIMED, limits);
        int cores = Math.max(1, goal.cores());
        List<String> tokens = new ArrayList<>();
        List<StepRecord> steps = new ArrayList<>();
        List<Choice> taken = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        m.drainFaults().forEach(f -> findings.add(f.toFinding(Schedule.EMPTY)));
        long mainAt = m.mainReturned() ? 0 : -1;
        int mainStep = m.mainReturned() ? 0 : -1;
        TimeoutLog timeouts = new TimeoutLog(program);
        int next = 0;
        long rounds = 0;
        int visible = 0;    // the steps verify counts against maxSteps: all but work's start and end
        long workRun = 0;   // work steps since the last visible one
        while (true) {
            if (m.crashed() || m.limitError() != null) {
                return done(m, tokens, steps, taken, findings, m.crashed() ? Execution.End.CRASHED : Execution.End.LIMIT, mainAt,
                        mainStep, timeouts);
            }
            // every round takes a step or jumps to a change that a step (or the start) set up
            // maxSteps bounds the visible steps (and timeouts fired) as in verify, where work is
            // invisible; work with no visible step between is bounded as verify bounds invisible ops
            if (visible + timeouts.fired.size() >= maxSteps || workRun > 2L * maxSteps
                    || ++rounds > 2L * (tokens.size() + timeouts.fired.size()) + 64 || m.cutShort() != null) {
                return done(m, tokens, steps, taken, findings, Execution.End.CUT, mainAt, mainStep, timeouts);
            }
            List<Choice> enabled = m.enabled();
            int free = cores - m.busyCount();
            if (enabled.isEmpty() || free <= 0) {
                long t = m.nextTimerTick();
                if (t == Long.MAX_VALUE) {
                    Runner.collect(new Blocking(m).quiescentFaults(), tokens, findings);
                    return done(m, tokens, steps, taken, findings, Execution.End.FINISHED, mainAt, mainStep,
                            timeouts);
                }
                // nothing moves before t: no goroutine is ready, or no core is free
                timeouts.advance(m, t, steps.size());
                continue;
            }
            int n = m.goroutineCount();
            int[] order = new int[n];
            int finishing = order(m, next, order);
            int served = 0;
            for (int k = 0; k < n && served < free; k++) {
                int g = order[k];
                List<Choice> options = m.options(g);
                if (options.isEmpty() || m.crashed()) {
                    continue;
                }
                Choice c = options.size() == 1 ? options.get(0) : options.get(random.nextInt(options.size()));
                boolean returned = m.mainReturned();
                tokens.add(m.token(c));
                StepRecord step = m.step(c);
                steps.add(step);
                taken.add(c);
                if (VisibleSchedule.isWork(step)) {
                    workRun++;
                } else {
                    visible++;
                    workRun = 0;
                }
                Runner.collect(m.drainFaults(), tokens, findings);
                // Main's return is a step of its own after the one that ends its last op (DESIGN
                // §4): a step that also crashed the program (or ended it otherwise) leaves main
                // unreturned, as verify does, though the run's machine finished main inside it.
                if (!returned && m.mainReturned() && !ended(m)) {
                    mainAt = m.clock() + 1;
                    mainStep = steps.size();
                    Fault f = OutputCheck.check(goal, m);
                    if (f != null) {
                        findings.add(f.toFinding(new Schedule(tokens)));
                    }
                }
                observer.stepped(m, step);
                served++;
                if (k >= finishing) {
                    next = g + 1;
                }
            }
            timeouts.advance(m, m.clock() + 1, steps.size());
        }
    }

    /**
     * Fills {@code order} with the order in which the goroutines are offered a core this tick and
     * returns how many come first because they are at the last tick of their work (it holds their
     * core until its finishing step), in creation order; the others follow in round-robin order
     * from {@code next}.
     */
    private static int order(Machine m, int next, int[] order) {
        int n = order.length;
        int i = 0;
        for (int g = 0; g < n; g++) {
            if (m.finishesWork(g)) {
                order[i++] = g;
            }
        }
        int finishing = i;
        for (int k = 0; k < n; k++) {
            int g = (next + k) % n;
            if (!m.finishesWork(g)) {
                order[i++] = g;
            }
        }
        return finishing;
    }

    /** Whether the execution has ended without main's return: crashed, over a limit, or cut short. */
    private static boolean ended(Machine m) {
        return m.crashed() || m.limitError() != null || m.cutShort() != null;
    }

    private static Result done(Machine m, List<String> tokens, List<StepRecord> steps, List<Choice> taken,
                               List<Finding> findings, Execution.End end, long mainAt, int mainStep,
                               TimeoutLog timeouts) {
        return new Result(new Execution(new Schedule(tokens), steps, findings, end, m), mainAt, m.clock(), taken,
                mainStep, timeouts.fired);
    }
}

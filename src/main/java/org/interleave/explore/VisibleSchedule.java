package org.interleave.explore;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.Choice;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Op;

/**
 * A timed run written in {@code replay}'s grammar (DESIGN §6): the visible-op steps the run took,
 * in its order, as the verify machine names them. The timed run has steps verify does not (the
 * start and the end of {@code work}); verify has steps the run takes on the clock (a context's
 * timeout, {@code @ctx}) or within another step (main's return, within the step that ends main's
 * last op, main's own or a partner's that completes it).
 */
final class VisibleSchedule {
    /** The path of main's return, the pending "op" of a main that has finished its ops. */
    private static final String RETURN = "end";

    private VisibleSchedule() {
    }

    /**
     * The run's schedule in replay's grammar, or null when a step of the run has no verify
     * counterpart (other than the start or the end of work): a schedule that skipped it would
     * replay to another run.
     */
    static Schedule of(Program program, Limits limits, TimedRun.Result run) {
        return walk(program, limits, run, new boolean[1]);
    }

    /**
     * Whether verify, following the run's visible steps, crashes the program before the run does:
     * verify runs {@code work} and the invisible ops after it at once, within the step before it,
     * so an assert or panic there ends verify's program early, where the run's main may still
     * return (DESIGN §5: a failed assert after main's return is still a finding). Such a run has
     * no verify counterpart, and verify's own crash is the finding that speaks for it.
     */
    static boolean verifyCrashesFirst(Program program, Limits limits, TimedRun.Result run) {
        boolean[] crashed = new boolean[1];
        return walk(program, limits, run, crashed) == null && crashed[0];
    }

    private static Schedule walk(Program program, Limits limits, TimedRun.Result run, boolean[] crashed) {
        Machine m = new Machine(program, Timing.VERIFY, limits);
        m.drainFaults();
        List<StepRecord> steps = run.execution().steps();
        List<Choice> choices = run.choices();
        List<TimedRun.Timeout> timeouts = run.timeouts();
        List<String> tokens = new ArrayList<>();
        int fired = 0;
        for (int i = 0; i <= steps.size(); i++) {
            if (i == run.mainReturnedStep() && !take(m, mainReturn(m), tokens)) {
                crashed[0] = m.crashed();
                return null;
            }
            for (; fired < timeouts.size() && timeouts.get(fired).beforeStep() == i; fired++) {
                if (!take(m, m.resolve("@" + timeouts.get(fired).context()), tokens)) {
                    return null;
                }
            }
            if (i == steps.size()) {
                break;
            }
            Choice c = m.crashed() ? null : match(m, choices.get(i), steps.get(i).path());
            if (c == null && !isWork(steps.get(i))) {
                crashed[0] = m.crashed();
                return null;
            }
            if (c != null) {
                take(m, c, tokens);
            }
        }
        return new Schedule(tokens);
    }

    /**
     * Whether {@code replay}, a verify replay of the run's visible schedule, is the timed run: the
     * same steps in the same order — goroutine, op path and choice (select case, hand-off partner),
     * the same timeouts and main's return at the same places — and the same state at the end
     * (every resource, output included; whether main returned).
     */
    static boolean faithful(Program program, Limits limits, TimedRun.Result run, Execution replay) {
        if (replay.last().mainReturned() != run.mainReturnedAt() >= 0
                || !ResourceSnapshot.of(replay.last()).equals(ResourceSnapshot.of(run.execution().last()))) {
            return false;
        }
        List<String> expected = new ArrayList<>();
        List<StepRecord> steps = run.execution().steps();
        int fired = 0;
        for (int i = 0; i <= steps.size(); i++) {
            if (i == run.mainReturnedStep()) {
                expected.add(program.main().id() + " " + RETURN);
            }
            for (; fired < run.timeouts().size() && run.timeouts().get(fired).beforeStep() == i; fired++) {
                expected.add("@" + run.timeouts().get(fired).context());
            }
            if (i < steps.size() && !isWork(steps.get(i))) {
                expected.add(describe(steps.get(i), run.choices().get(i)));
            }
        }
        List<String> actual = new ArrayList<>();
        Machine m = new Machine(program, Timing.VERIFY, limits);
        m.drainFaults();
        for (StepRecord s : replay.steps()) {
            Choice c = m.resolve(s.token());
            if (c == null) {
                return false;
            }
            actual.add(c.isTimer() ? s.token()
                    : s.actor().equals("main") && s.path().equals(RETURN) ? program.main().id() + " " + RETURN
                    : describe(s, c));
            m.stepQuietly(c);
            m.drainFaults();
        }
        return expected.equals(actual);
    }

    private static String describe(StepRecord s, Choice c) {
        return s.actor() + " " + s.path() + " " + c.branch() + " " + c.partner() + " " + c.partnerBranch();
    }

    /** The start or the end of {@code work}: a step of timed runs only (verify runs work as an invisible op). */
    static boolean isWork(StepRecord s) {
        return s.op().startsWith("work(");
    }

    /** Main's return, when it is main's next step, else null. */
    private static Choice mainReturn(Machine m) {
        Op next = m.crashed() ? null : m.pendingOp(0);
        return next == null || !next.src().path().equals(RETURN) || m.options(0).isEmpty() ? null : m.options(0).get(0);
    }

    private static boolean take(Machine m, Choice c, List<String> tokens) {
        if (c == null) {
            return false;
        }
        tokens.add(m.token(c));
        m.stepQuietly(c);
        m.drainFaults();
        return true;
    }

    /**
     * The enabled choice that takes the same transition at the same op as the timed step, or
     * null. A hand-off may pair with a twin of the partner verify offers: twins merged in verify
     * can differ in the run, where one may still be busy with work while the other waits.
     */
    private static Choice match(Machine m, Choice timed, String path) {
        Choice c = timed.isTimer() ? null : m.enabledUpToTwins(timed);
        Op op = c == null ? null : m.pendingOp(c.actor());
        return op != null && op.src().path().equals(path) ? c : null;
    }
}

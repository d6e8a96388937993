package org.interleave.explore;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.Choice;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Op;

/**
 * A timed run written in {@code replay}'s grammar (DESIGN §6): the visible-op steps the run took,
 * in its order, as the verify machine names them. The timed run has steps verify does not (the
 * start and the end of {@code work}); verify has steps the run takes on the clock (a context's
 * timeout, {@code @ctx}) or together with another (main's return, with main's last op).
 */
final class VisibleSchedule {
    private VisibleSchedule() {
    }

    /** The run's schedule in replay's grammar, or null when a step of the run has no verify counterpart. */
    static Schedule of(Program program, Limits limits, TimedRun.Result run) {
        Machine m = new Machine(program, Timing.VERIFY, limits);
        List<StepRecord> steps = run.execution().steps();
        List<Choice> choices = run.choices();
        int lastMain = -1;
        for (int i = 0; i < choices.size(); i++) {
            lastMain = choices.get(i).actor() == 0 ? i : lastMain;
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < choices.size() && !m.crashed(); i++) {
            Choice timed = choices.get(i);
            String path = steps.get(i).path();
            Choice c = match(m, timed, path);
            if (c == null) {
                c = fireTimerFor(m, timed, path, tokens);
            }
            if (c != null) {
                tokens.add(m.token(c));
                m.stepQuietly(c);
                m.drainFaults();
            }
            if (i == lastMain && run.mainReturnedAt() >= 0 && !m.crashed()) {
                Op exit = m.pendingOp(0);
                if (exit != null && exit.src().path().equals("end")) {
                    Choice r = m.options(0).isEmpty() ? null : m.options(0).get(0);
                    if (r == null) {
                        return null;
                    }
                    tokens.add(m.token(r));
                    m.stepQuietly(r);
                    m.drainFaults();
                }
            }
        }
        return new Schedule(tokens);
    }

    /** The enabled choice that takes the same transition at the same op as the timed step, or null. */
    private static Choice match(Machine m, Choice timed, String path) {
        for (Choice c : m.enabled()) {
            if (!c.isTimer() && c.equals(timed)) {
                Op op = m.pendingOp(c.actor());
                if (op != null && op.src().path().equals(path)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A timeout the run fired on the clock, which verify fires as a step of its own before the timed step. */
    private static Choice fireTimerFor(Machine m, Choice timed, String path, List<String> tokens) {
        for (Choice t : m.enabled()) {
            if (t.isTimer()) {
                Machine probe = m.copy();
                probe.stepQuietly(t);
                if (match(probe, timed, path) != null) {
                    tokens.add(m.token(t));
                    m.stepQuietly(t);
                    m.drainFaults();
                    return match(m, timed, path);
                }
            }
        }
        return null;
    }
}

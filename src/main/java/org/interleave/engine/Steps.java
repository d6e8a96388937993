package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.expr.DivideByZero;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The step function of a {@link Machine} (DESIGN §4): a step fires one context timeout, or runs
 * one goroutine's next visible op and then its invisible ops up to its next visible one. Also
 * what starts a goroutine and what moves a timed run's clock.
 */
final class Steps {
    private Steps() {
    }

    /** Takes choice c in m, which must be enabled there. */
    static void take(Machine m, Choice c) {
        OptionsMemo.beginStep(m);
        m.changed();
        m.effects = m.recording ? new ArrayList<>() : List.of();
        m.steps++;
        m.stepping = true;
        try {
            if (c.isTimer()) {
                ContextState.cancelTree(m, (ContextState) m.resource(c.timerPart()), null, true);
            } else {
                GoroutineState g = m.own(c.actor());
                Op op = g.pending();
                g.vc.tick(g.index);
                g.parked = false;
                m.pairWith = c.partner();
                m.pairCase = c.partnerBranch();
                try {
                    OpSteps.exec(m, g, op, c.branch());
                    Continuation.advance(m, g);
                } catch (DivideByZero e) {
                    Panics.divideByZero(m, g, op);
                }
            }
        } finally {
            m.stepping = false;
            m.pairWith = -1;
        }
        m.updateParking();
        m.changed();
    }

    /** Starts instance {@code instance} of goroutine template t in m, named {@code name}, at its first op. */
    static GoroutineState create(Machine m, Part.Goroutine t, String name, int instance) {
        Program program = m.program;
        int ti = program.indexOf(t.id());
        GoroutineState g = new GoroutineState(m.gs.size(), name, t, ti, instance, program.locals(t.id()).size());
        int root = program.rootBlock(t.id());
        g.frames.add(new Frame(Frame.Kind.BLOCK, root, program.blockCode(root), null));
        g.armedAt = m.clock;
        m.gs.add(g);
        CopyOnWrite.noteUnshared(m, g.index);
        return g;
    }

    /**
     * Timed runs: moves m's virtual clock forward to {@code to} and fires the context timeouts that
     * are due, unless the execution has ended (crashed, cut short, over a limit): then no timer
     * fires any more, as verify takes no step there.
     */
    static void advanceClock(Machine m, long to) {
        m.changed();
        m.optionsMemo = null;
        if (to > m.clock) {
            m.clock = to;
        }
        if (m.crashed || m.limitError != null || m.cutShort != null) {
            return;
        }
        m.stepping = true;
        try {
            ContextState.fireDue(m);
        } finally {
            m.stepping = false;
        }
    }
}

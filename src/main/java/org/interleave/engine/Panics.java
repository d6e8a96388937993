package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Op;

/**
 * How a goroutine ends the program (DESIGN §4): a panic, a fatal error or a failed assert marks
 * the machine crashed and raises a fault at the op that did it.
 */
final class Panics {
    private Panics() {}

    /** Integer division or remainder by zero: Go's runtime panic. */
    static void divideByZero(Machine m, GoroutineState g, Op op) {
        raise(m, Kind.PANIC, "panic: runtime error: integer divide by zero", g, op,
                g.name + " divided by zero at " + op.src().path() + ".");
    }

    /** Adds f to the faults of m's step (a search copies millions of machines that raise none: they share an empty list). */
    static void note(Machine m, Fault f) {
        m.faults = m.faults.isEmpty() ? new java.util.ArrayList<>() : m.faults;
        m.faults.add(f);
    }

    /** Ends the program with this fault, raised by goroutine g at op. */
    static void raise(Machine m, Kind kind, String message, GoroutineState g, Op op, String explanation) {
        m.crashed = true;
        Site site = new Site(g.name, op.src().path(), op.kind(), null);
        note(m, new Fault(kind, message, List.of(site), List.of(explanation)));
        if (m.recording) {
            m.effects.add(message);
        }
    }
}

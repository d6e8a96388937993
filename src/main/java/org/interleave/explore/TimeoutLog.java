package org.interleave.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.model.Part;

/**
 * Which context timeouts a timed run fired on the clock, and when: the clock fires every due
 * timeout at once, in design order, and a timeout cancels its context's children with it, so a
 * child cancelled that way did not fire its own. Verify fires each one as a step of its own
 * ({@code @ctx}), so {@link VisibleSchedule} needs exactly these, in this order.
 */
final class TimeoutLog {
    /** The contexts with a timeout, in design order (the order the clock fires them in). */
    private final List<Part.Context> timed = new ArrayList<>();
    private final List<Part.Context> all = new ArrayList<>();
    final List<TimedRun.Timeout> fired = new ArrayList<>();

    TimeoutLog(Program program) {
        for (Part p : program.parts()) {
            if (p instanceof Part.Context c) {
                all.add(c);
                if (c.timeout() > 0) {
                    timed.add(c);
                }
            }
        }
    }

    /** Moves m's clock to {@code to}, noting the timeouts that fire after {@code steps} steps of the run. */
    void advance(Machine m, long to, int steps) {
        if (timed.isEmpty() || m.crashed() || m.limitError() != null || m.cutShort() != null) {
            // an execution that has ended fires no timeout (the machine fires none either)
            m.advanceClock(to);
            return;
        }
        Set<String> cancelled = cancelled(m);
        m.advanceClock(to);
        for (Part.Context c : timed) {
            if (!cancelled.contains(c.id()) && c.timeout() <= m.clock()) {
                fired.add(new TimedRun.Timeout(steps, c.id()));
                cancelWithChildren(c.id(), cancelled);
            }
        }
    }

    private void cancelWithChildren(String id, Set<String> cancelled) {
        if (cancelled.add(id)) {
            for (Part.Context c : all) {
                if (id.equals(c.parent())) {
                    cancelWithChildren(c.id(), cancelled);
                }
            }
        }
    }

    private static Set<String> cancelled(Machine m) {
        Set<String> out = new HashSet<>();
        for (ResourceSnapshot r : ResourceSnapshot.of(m)) {
            if (r instanceof ResourceSnapshot.Context c && c.cancelled()) {
                out.add(c.id());
            }
        }
        return out;
    }
}

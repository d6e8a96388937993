package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Op;

/**
 * What one step did, for replays and the game: the schedule token, the goroutine (or timer), the
 * op in Go syntax with its path, the effect in words, the clock after it, and any faults.
 */
public record StepRecord(int number, String token, String actor, String path, String op, String effect,
                         long clock, List<Fault> faults) {
    public StepRecord {
        faults = List.copyOf(faults);
    }

    /** Takes choice c in machine m and describes what it did: the op before, its effects after. */
    static StepRecord take(Machine m, Choice c) {
        String token = m.token(c);
        if (c.isTimer()) {
            ContextState ctx = (ContextState) m.res[c.timerPart()];
            m.take(c);
            m.effects.add("timeout of " + ctx.id + " fired");
            return new StepRecord(m.steps(), token, "timer", "", ctx.id + " timeout",
                    String.join("; ", m.effects), m.clock, m.faults);
        }
        GoroutineState g = m.goroutine(c.actor());
        Op op = g.pending();
        String text = OpText.of(op);
        String path = op.src().path();
        m.take(c);
        if (m.effects.isEmpty()) {
            m.effects.add("ok");
        }
        return new StepRecord(m.steps(), token, g.name, path, text, String.join("; ", m.effects), m.clock,
                m.faults);
    }
}

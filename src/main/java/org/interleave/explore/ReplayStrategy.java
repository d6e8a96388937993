package org.interleave.explore;

import java.util.List;
import org.interleave.engine.Choice;
import org.interleave.engine.Machine;
import org.interleave.engine.Schedule;

/** Follows a schedule token by token; fails with a clear message when a token is not enabled. */
public final class ReplayStrategy implements Strategy {
    private final Schedule schedule;
    private int next;

    public ReplayStrategy(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void begin(int run) {
        next = 0;
    }

    /** Whether every token has been used. */
    public boolean finished() {
        return next >= schedule.length();
    }

    @Override
    public Choice pick(Machine m, List<Choice> enabled) {
        if (finished()) {
            return null;
        }
        String token = schedule.tokens().get(next);
        Choice c = m.resolve(token);
        if (c == null) {
            throw new ScheduleMismatch(next + 1, token, enabled.stream().map(m::token).toList());
        }
        next++;
        return c;
    }

    @Override
    public String describe() {
        return "replay";
    }

    /** A schedule token that names nothing enabled at its step. */
    public static final class ScheduleMismatch extends RuntimeException {
        public ScheduleMismatch(int step, String token, List<String> enabled) {
            super("step " + step + ": '" + token + "' cannot move here"
                    + (enabled.isEmpty() ? " (nothing can move)" : " (enabled: " + String.join(" ", enabled) + ")"));
        }
    }
}

package org.interleave.explore;

import java.util.List;
import org.interleave.engine.Choice;
import org.interleave.engine.Machine;

/**
 * Gives each goroutine one step in turn, in creation order, skipping those that cannot move; in a
 * select it takes the first ready case. Context timeouts fire only when no goroutine can move.
 */
public final class RoundRobin implements Strategy {
    private int last = -1;

    @Override
    public void begin(int run) {
        last = -1;
    }

    @Override
    public Choice pick(Machine m, List<Choice> enabled) {
        Choice best = null;
        for (Choice c : enabled) {
            if (c.isTimer()) {
                continue;
            }
            if (best == null || rank(c.actor(), m) < rank(best.actor(), m)) {
                best = c;
            }
        }
        if (best == null) {
            best = enabled.get(0);
        } else {
            last = best.actor();
        }
        return best;
    }

    private int rank(int actor, Machine m) {
        int n = m.goroutineCount();
        return Math.floorMod(actor - last - 1, n);
    }

    @Override
    public String describe() {
        return "round-robin";
    }
}

package org.interleave.explore;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.Fault;
import org.interleave.engine.Kind;
import org.interleave.engine.Machine;
import org.interleave.engine.Site;
import org.interleave.engine.model.Goal;

/** Checks the output goal when main returns: what the sink got against what was expected. */
final class OutputCheck {
    private OutputCheck() {}

    /** The output fault of this state, or null when the output matches (or there is no goal). */
    static Fault check(Goal goal, Machine m) {
        Goal.OutputGoal out = goal.output();
        if (out == null) {
            return null;
        }
        List<Long> got = m.output(out.sink());
        boolean ok;
        if (out.exactOrder()) {
            ok = got.equals(out.expect());
        } else {
            List<Long> a = new ArrayList<>(got);
            List<Long> b = new ArrayList<>(out.expect());
            a.sort(null);
            b.sort(null);
            ok = a.equals(b);
        }
        if (ok) {
            return null;
        }
        String msg = "output of " + out.sink() + ": expected " + out.expect()
                + (out.exactOrder() ? "" : " in any order") + ", got " + got;
        return new Fault(Kind.OUTPUT, msg, List.of(new Site("main", "end", "return", out.sink())),
                List.of("When main returned, " + out.sink() + " held " + got + " but the goal expects "
                        + out.expect() + (out.exactOrder() ? " in this order." : " in any order.")));
    }
}

package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.model.Goal;

/** The output goal (DESIGN §5), checked by the reference explorer at every return of main. */
final class ReferenceOutput {
    private ReferenceOutput() {}

    /** What is wrong with the sink's values when main returns, or null when they match. */
    static String check(Goal.OutputGoal goal, ReferenceState s) {
        List<Long> got = ((ReferenceResources.Sink) s.res(goal.sink())).values;
        List<Long> want = goal.expect();
        boolean ok;
        if (goal.exactOrder()) {
            ok = got.equals(want);
        } else {
            List<Long> a = new ArrayList<>(got);
            List<Long> b = new ArrayList<>(want);
            a.sort(null);
            b.sort(null);
            ok = a.equals(b);
        }
        return ok ? null : "output of " + goal.sink() + ": expected " + want + ", got " + got;
    }
}

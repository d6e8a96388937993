package org.interleave.explore;

import java.util.List;
import org.interleave.engine.Finding;
import org.interleave.engine.Machine;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;

/**
 * One run from the start: its schedule, its steps (when recorded), the findings on the way and
 * how it ended. {@code last} is the final state.
 */
public record Execution(Schedule schedule, List<StepRecord> steps, List<Finding> findings, End end,
                        Machine last) {
    public Execution {
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
    }

    /** How a run ended. */
    public enum End {
        /** Nothing could move any more. */
        FINISHED,
        /** A panic, fatal error or failed assert stopped the program. */
        CRASHED,
        /** The step bound cut it. */
        CUT,
        /** A resource limit stopped it. */
        LIMIT,
        /** A replayed schedule ran out of tokens before the program stopped. */
        PARTIAL
    }
}

package org.interleave.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.model.Goal;

/**
 * Many runs under seeded random or PCT scheduling. A run cut by the step bound is examined by a
 * small exhaustive search from where it stopped, to tell a hang or a looping leak from a long run.
 */
final class Sampler {
    private static final long CUT_ANALYSIS_STATES = 50_000;
    private static final int CUT_ANALYSES = 3;

    private final Program program;
    private final Goal goal;
    private final SearchBudget budget;
    private final CheckOptions options;
    private final BooleanSupplier cancelled;
    private final Explorer.Progress progress;

    record Result(List<Finding> findings, String stopReason, long executions, long states, long steps, int maxDepth) {}

    Sampler(Program program, Goal goal, SearchBudget budget, CheckOptions options, BooleanSupplier cancelled,
            Explorer.Progress progress) {
        this.program = program;
        this.goal = goal;
        this.budget = budget;
        this.options = options;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    Result run() {
        Strategy strategy = switch (options.strategy()) {
            case PCT -> new Pct(options.seed(), options.pctDepth(), 50);
            case ROUNDROBIN -> new RoundRobin();
            default -> new RandomWalk(options.seed());
        };
        Runner runner = new Runner(program, goal, budget.maxSteps(), budget.limits());
        List<Finding> findings = new ArrayList<>();
        long runs = Math.min(options.plannedRuns(), budget.maxExecutions());
        long steps = 0;
        long executions = 0;
        long states = 0;
        int maxDepth = 0;
        int analyses = 0;
        String stop = "sampled " + runs + (runs == 1 ? " run" : " runs") + "; sampling never proves the absence of a bug";
        for (int r = 0; r < runs; r++) {
            if (cancelled.getAsBoolean()) {
                stop = "cancelled";
                break;
            }
            strategy.begin(r);
            Execution e = runner.run(strategy, false);
            executions++;
            steps += e.schedule().length();
            maxDepth = Math.max(maxDepth, e.schedule().length());
            findings.addAll(e.findings());
            if (e.end() == Execution.End.CUT && analyses < CUT_ANALYSES) {
                analyses++;
                SearchResult sub = new Explorer(goal, budget.withMaxStates(CUT_ANALYSIS_STATES), cancelled,
                        Explorer.Progress.NONE).explore(e.last(), e.schedule());
                findings.addAll(sub.findings());
                states += sub.states();
            }
            if (r % 64 == 0) {
                progress.update(states, executions, steps);
            }
        }
        progress.update(states, executions, steps);
        return new Result(findings, stop, executions, states, steps, maxDepth);
    }
}

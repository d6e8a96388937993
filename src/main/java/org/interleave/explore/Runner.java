package org.interleave.explore;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.Finding;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Goal;

/** Runs a program once from the start under a strategy, collecting findings with their schedules. */
public final class Runner {
    private final Program program;
    private final Goal goal;
    private final int maxSteps;
    private final Limits limits;

    public Runner(Program program, Goal goal, int maxSteps, Limits limits) {
        this.program = program;
        this.goal = goal;
        this.maxSteps = maxSteps;
        this.limits = limits;
    }

    /** Runs once; {@code record} keeps every step for printing. */
    public Execution run(Strategy strategy, boolean record) {
        Machine m = new Machine(program, Timing.VERIFY, limits);
        List<String> tokens = new ArrayList<>();
        List<StepRecord> steps = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        collect(m.drainFaults(), tokens, findings);
        checkOutputAtStart(m, tokens, findings);
        while (true) {
            List<Choice> enabled = m.enabled();
            if (m.cutShort() != null) {
                return new Execution(new Schedule(tokens), steps, findings, Execution.End.CUT, m);
            }
            if (enabled.isEmpty()) {
                collect(new Blocking(m).quiescentFaults(), tokens, findings);
                Execution.End end = m.limitError() != null ? Execution.End.LIMIT
                        : m.crashed() ? Execution.End.CRASHED : Execution.End.FINISHED;
                return new Execution(new Schedule(tokens), steps, findings, end, m);
            }
            if (tokens.size() >= maxSteps) {
                return new Execution(new Schedule(tokens), steps, findings, Execution.End.CUT, m);
            }
            Choice c = strategy.pick(m, enabled);
            if (c == null) {
                return new Execution(new Schedule(tokens), steps, findings, Execution.End.PARTIAL, m);
            }
            boolean returned = m.mainReturned();
            tokens.add(m.token(c));
            StepRecord r = m.step(c);
            if (record) {
                steps.add(r);
            }
            collect(m.drainFaults(), tokens, findings);
            if (!returned && m.mainReturned()) {
                Fault f = OutputCheck.check(goal, m);
                if (f != null) {
                    findings.add(f.toFinding(new Schedule(tokens)));
                }
            }
        }
    }

    private void checkOutputAtStart(Machine m, List<String> tokens, List<Finding> findings) {
        if (m.mainReturned()) {
            Fault f = OutputCheck.check(goal, m);
            if (f != null) {
                findings.add(f.toFinding(new Schedule(tokens)));
            }
        }
    }

    /** Adds each fault as a finding whose schedule is the tokens so far. */
    static void collect(List<Fault> faults, List<String> tokens, List<Finding> out) {
        for (Fault f : faults) {
            out.add(f.toFinding(new Schedule(tokens)));
        }
    }
}

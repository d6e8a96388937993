package org.interleave.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Level;
import org.interleave.explore.Execution;
import org.interleave.explore.ReplayStrategy;
import org.interleave.explore.Replayer;
import org.interleave.explore.SearchBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replay}: runs one schedule and prints every step. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run a design along a schedule and print each step: goroutine, op, effect, clock.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LevelInput input;

    @Option(names = "--schedule", required = true, paramLabel = "\"main worker#0 ...\"",
            description = "The schedule: goroutine names (name:k picks select case k; @ctx fires a timeout).")
    String schedule;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Level level = input.load(err);
        if (level == null) {
            return ExitCodes.INVALID;
        }
        SearchBudget budget = SearchBudget.of(level.bounds());
        Replayer replayer = new Replayer(new Program(level.design()), level.goal(),
                Math.max(budget.maxSteps(), Schedule.parse(schedule).length()), budget.limits());
        Execution e;
        try {
            e = replayer.replay(Schedule.parse(schedule), true);
        } catch (ReplayStrategy.ScheduleMismatch m) {
            err.println("schedule does not replay: " + org.interleave.level.Quote.oneLine(m.getMessage()));
            err.flush();
            return ExitCodes.INVALID;
        }
        out.printf("%4s  %-14s %-34s %-28s %s%n", "step", "goroutine", "op", "effect", "clock");
        for (StepRecord s : e.steps()) {
            out.printf("%4d  %-14s %-34s %-28s t=%d%n", s.number(), s.token(),
                    s.op() + (s.path().isEmpty() ? "" : "  [" + s.path() + "]"), s.effect(), s.clock());
        }
        out.println();
        out.println(switch (e.end()) {
            case FINISHED -> "end: nothing can move any more" + (e.last().mainReturned() ? " (main returned)" : "");
            case CRASHED -> "end: the program crashed";
            case CUT -> "end: the step bound was reached";
            case LIMIT -> "end: " + e.last().limitError();
            case PARTIAL -> "end of schedule; the program could go on" + (e.last().mainReturned() ? " (main returned)" : "");
        });
        java.util.List<Finding> findings = new java.util.ArrayList<>(e.findings());
        findings.addAll(replayer.livenessAtEnd(e));
        // The schedule of check's ticks finding is the timed run's: replay of that run times it
        // (DESIGN §5), whichever way its schedule is spelled, and of no other run.
        Finding slow = org.interleave.explore.Checker.ticksReplayed(level, e);
        if (slow != null) {
            findings.add(slow);
        }
        for (Finding f : findings) {
            out.println(f.kind().json() + " after step " + f.schedule().length() + ": "
                    + org.interleave.level.Quote.oneLine(f.message()));
            for (String line : f.explanation()) {
                out.println("  " + org.interleave.level.Quote.oneLine(line));
            }
        }
        out.flush();
        return findings.isEmpty() ? ExitCodes.CLEARED : ExitCodes.FINDING;
    }
}

package org.interleave.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Level;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.TimedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: one execution on the virtual clock, as the game animates it, with its tick count. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a design once on the virtual clock (the level's cores) and print each step and the ticks it took.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LevelInput input;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for select choices (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Level level = input.load(spec.commandLine().getErr());
        if (level == null) {
            return ExitCodes.INVALID;
        }
        SearchBudget b = SearchBudget.of(level.bounds());
        TimedRun.Result r = new TimedRun(new Program(level.design()), level.goal(), b.maxSteps(), b.limits()).run(seed);
        out.printf(Locale.ROOT, "%5s  %-14s %-34s %s%n", "tick", "goroutine", "op", "effect");
        for (StepRecord s : r.execution().steps()) {
            out.printf(Locale.ROOT, "%5d  %-14s %-34s %s%n", s.clock(), s.token(), s.op(), s.effect());
        }
        out.println();
        if (r.mainReturnedAt() >= 0) {
            out.println("main returned at tick " + r.mainReturnedAt() + " on " + level.goal().cores() + " core(s)"
                    + (level.goal().maxTicks() > 0 ? " (goal: at most " + level.goal().maxTicks() + ")" : ""));
        } else {
            out.println("main did not return (" + r.execution().end().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        for (Finding f : r.execution().findings()) {
            out.println(f.kind().json() + ": " + org.interleave.level.Quote.oneLine(f.message()));
        }
        out.flush();
        boolean slow = level.goal().maxTicks() > 0 && (r.mainReturnedAt() < 0 || r.mainReturnedAt() > level.goal().maxTicks());
        return r.execution().findings().isEmpty() && !slow ? ExitCodes.CLEARED : ExitCodes.FINDING;
    }
}

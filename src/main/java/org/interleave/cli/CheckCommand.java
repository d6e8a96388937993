package org.interleave.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: verifies a level's design (or a solution) against its goal. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify a level's design (or a solution) against its goal.",
                "Exit 0 cleared, 1 a finding or unmet goal, 2 invalid input, 3 budget exhausted without a verdict."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LevelInput input;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--strategy", defaultValue = "dfs", paramLabel = "dfs|random|pct|round-robin",
            description = "dfs: exhaustive search (default); random or pct: many seeded runs; round-robin: one run.")
    String strategy;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random and pct strategies (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "1000", description = "Runs of the random and pct strategies (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--budget", defaultValue = "0", paramLabel = "N",
            description = "At most N states (dfs) or executions; 0 = the level's own bounds.")
    long budget;

    @Option(names = "--pct-depth", defaultValue = "3", description = "Bug depth targeted by pct (default ${DEFAULT-VALUE}).")
    int pctDepth;

    @Option(names = "--max-millis", defaultValue = "0", paramLabel = "MS",
            description = "Stop searching after MS milliseconds (0 = no time budget); the verdict is then inconclusive.")
    long maxMillis;

    @Option(names = "--no-reduction", description = "Exhaustive search without its reductions (for comparison).")
    boolean noReduction;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckOptions.StrategyKind kind;
        try {
            kind = CheckOptions.StrategyKind.parse(strategy);
        } catch (IllegalArgumentException e) {
            err.println("unknown strategy '" + strategy + "': use dfs, random, pct or round-robin");
            return ExitCodes.INVALID;
        }
        if (runs < 1 || budget < 0 || pctDepth < 1 || maxMillis < 0) {
            err.println("--runs and --pct-depth must be at least 1, --budget at least 0");
            return ExitCodes.INVALID;
        }
        Level level = input.load(err);
        if (level == null) {
            return ExitCodes.INVALID;
        }
        Report report = new Checker(new CheckOptions(kind, seed, runs, budget, pctDepth, !noReduction, maxMillis), () -> false,
                Explorer.Progress.NONE, System::nanoTime).check(level);
        if (json) {
            out.println(ReportJson.render(report));
        } else {
            print(out, report);
        }
        out.flush();
        return switch (report.verdict()) {
            case CLEARED -> ExitCodes.CLEARED;
            case INCONCLUSIVE -> ExitCodes.INCONCLUSIVE;
            default -> ExitCodes.FINDING;
        };
    }

    private static void print(PrintWriter out, Report r) {
        out.println(r.level() + ": " + r.verdict().json());
        out.println("  " + r.scope() + " (" + r.stats().millis() + " ms, " + r.strategy() + ")");
        for (Finding f : r.findings()) {
            out.println();
            out.println(f.kind().json() + ": " + f.message());
            for (String line : f.explanation()) {
                out.println("  " + line);
            }
            if (!f.where().isEmpty()) {
                out.println("  where:    " + String.join("\n            ",
                        f.where().stream().map(Object::toString).toList()));
            }
            out.println("  schedule: " + (f.schedule().length() == 0 ? "(the start)" : f.schedule()));
        }
        if (r.verdict() == Verdict.CLEARED) {
            out.println("cleared: no schedule breaks this design.");
        }
    }
}

package org.interleave.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.MemoryGuard;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;
import org.interleave.level.Quote;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code check}: verifies a level's design (or a solution) against its goal.
 *
 * <p>Its options are declared with picocli's programmatic API, not its annotations: reading
 * annotations makes the JVM spin a proxy class for each annotation type and call through it for
 * every attribute, which cost about 0.3 s of CPU at every start, more than the rest of picocli
 * (issue 17). {@code check --help} prints what the annotations printed.
 */
final class CheckCommand implements Callable<Integer> {
    /** Deeper PCT runs are no more likely to find a bug, and cost memory in proportion. */
    static final int MAX_PCT_DEPTH = 1000;
    /** Larger time bounds saturate here (over 30 years), so the deadline never overflows. */
    static final long MAX_MILLIS = 1_000_000_000_000L;

    private CommandSpec spec;

    private CheckCommand() {}

    /** The command's model, bound to a new command object. */
    static CommandSpec spec() {
        CheckCommand command = new CheckCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("check");
        command.spec = spec;
        spec.usageMessage().description("Verify a level's design (or a solution) against its goal.",
                "Exit 0 cleared, 1 a finding or unmet goal, 2 invalid input, 3 budget exhausted without a verdict.");
        InterleaveCommand.addStandardHelp(spec);
        LevelInput.addTo(spec);
        spec.addOption(flag("--json", "Print one JSON object."));
        spec.addOption(option("--strategy", StrategyName.class, "dfs", "dfs|random|pct|round-robin",
                "dfs: exhaustive search (default); random or pct: many seeded runs; round-robin: one run.")
                .converters(new StrategyName.Converter()).build());
        spec.addOption(option("--seed", long.class, "1", "<seed>",
                "Seed of the random and pct strategies (default ${DEFAULT-VALUE}).").build());
        spec.addOption(option("--runs", int.class, "1000", "<runs>",
                "Runs of the random and pct strategies (default ${DEFAULT-VALUE}).").build());
        spec.addOption(option("--budget", long.class, "0", "N",
                "At most N states (dfs) or executions; 0 = the level's own bounds.").build());
        spec.addOption(option("--pct-depth", int.class, "3", "<pctDepth>",
                "Bug depth targeted by pct, 1 to " + MAX_PCT_DEPTH + " (default ${DEFAULT-VALUE}).").build());
        spec.addOption(option("--threads", int.class, "0", "N",
                "Threads the exhaustive search expands states on (default: one per core). The report "
                        + "is the same for any number.").build());
        spec.addOption(option("--max-millis", long.class, "" + CheckOptions.DEFAULT_MILLIS, "MS",
                "Stop searching after MS milliseconds (default ${DEFAULT-VALUE}; 0 = no time bound); "
                        + "the verdict is then inconclusive. The search also stops, inconclusive, when it holds "
                        + "1 GiB of memory (or 3/4 of the JVM's heap, if that is less).").build());
        spec.addOption(flag("--no-reduction", "Exhaustive search without its reductions (for comparison)."));
        return spec;
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build();
    }

    private static OptionSpec.Builder option(String name, Class<?> type, String defaultValue, String paramLabel,
                                             String description) {
        return OptionSpec.builder(name).type(type).defaultValue(defaultValue).paramLabel(paramLabel)
                .description(description);
    }

    /** The value the command line gave an option, or its default. */
    private <T> T value(String option) {
        return spec.findOption(option).getValue();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = value("--json");
        StrategyName strategy = value("--strategy");
        long seed = value("--seed");
        int runs = value("--runs");
        long budget = value("--budget");
        int pctDepth = value("--pct-depth");
        int threads = value("--threads");
        long maxMillis = value("--max-millis");
        boolean noReduction = value("--no-reduction");
        String range = runs < 1 ? "--runs must be at least 1, not " + runs
                : budget < 0 ? "--budget must be at least 0, not " + budget
                : pctDepth < 1 || pctDepth > MAX_PCT_DEPTH
                        ? "--pct-depth must be between 1 and " + MAX_PCT_DEPTH + ", not " + pctDepth
                : maxMillis < 0 ? "--max-millis must be at least 0 (0 = no time bound), not " + maxMillis
                : null;
        if (range != null) {
            err.println(range);
            err.flush();
            return ExitCodes.INVALID;
        }
        Level level = LevelInput.of(spec).load(err);
        if (level == null) {
            return ExitCodes.INVALID;
        }
        Report report = check(level, new CheckOptions(strategy.kind(), seed, runs, budget, pctDepth, !noReduction,
                Math.min(maxMillis, MAX_MILLIS)), threads, err);
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

    /** The check, bounded in time (--max-millis) and memory, with progress on a terminal. */
    private static Report check(Level level, CheckOptions options, int threads, PrintWriter err) {
        long millis = options.maxMillis();
        MemoryGuard memory = MemoryGuard.forThisJvm();
        ProgressLine progress = new ProgressLine(err, System::nanoTime,
                millis == 0 ? "" : "stops at " + (millis + 999) / 1000 + " s", ProgressLine::onTerminal);
        long t0 = System.nanoTime();
        try {
            return new Checker(options, () -> false, progress, System::nanoTime)
                    .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                    .memory(memory)
                    .check(level);
        } catch (OutOfMemoryError e) {
            // the guard checks between steps; one step of a huge design can still fill a small heap
            return new Report(level.id(), Verdict.INCONCLUSIVE, false, java.util.List.of(),
                    new org.interleave.explore.Stats(0, 0, 0, (System.nanoTime() - t0) / 1_000_000, 0),
                    options.describe(), "out of memory: the JVM's heap of "
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MiB is full");
        } finally {
            progress.clear();
        }
    }

    private static void print(PrintWriter out, Report r) {
        out.println(r.level() + ": " + r.verdict().json());
        out.println("  " + r.scope() + " (" + r.stats().millis() + " ms, " + r.strategy() + ")");
        for (Finding f : r.findings()) {
            out.println();
            out.println(f.kind().json() + ": " + Quote.oneLine(f.message()));
            for (String line : f.explanation()) {
                out.println("  " + Quote.oneLine(line));
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

package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line's model, built without annotations where a start is timed (issue 17): it says
 * what the annotations said, and building only the command that runs changes nothing it prints.
 */
class CommandModelTest {
    /** {@code check --help} as it was when check's options were annotated fields. */
    private static final String CHECK_HELP = """
            Usage: interleave check [-hV] [--json] [--no-reduction] [--budget=N]
                                    [--max-millis=MS] [--pct-depth=<pctDepth>]
                                    [--runs=<runs>] [--seed=<seed>] [--solution=S.json]
                                    [--strategy=dfs|random|pct|round-robin] [--threads=N]
                                    LEVEL.json
            Verify a level's design (or a solution) against its goal.
            Exit 0 cleared, 1 a finding or unmet goal, 2 invalid input, 3 budget exhausted
            without a verdict.
                  LEVEL.json          The level file.
                  --budget=N          At most N states (dfs) or executions; 0 = the level's
                                        own bounds.
              -h, --help              Show this help message and exit.
                  --json              Print one JSON object.
                  --max-millis=MS     Stop searching after MS milliseconds (default 60000;
                                        0 = no time bound); the verdict is then
                                        inconclusive. The search also stops, inconclusive,
                                        when it holds 1 GiB of memory (or 3/4 of the JVM's
                                        heap, if that is less).
                  --no-reduction      Exhaustive search without its reductions (for
                                        comparison).
                  --pct-depth=<pctDepth>
                                      Bug depth targeted by pct, 1 to 1000 (default 3).
                  --runs=<runs>       Runs of the random and pct strategies (default 1000).
                  --seed=<seed>       Seed of the random and pct strategies (default 1).
                  --solution=S.json   Check this solution's design instead of the level's.
                  --strategy=dfs|random|pct|round-robin
                                      dfs: exhaustive search (default); random or pct: many
                                        seeded runs; round-robin: one run.
                  --threads=N         Threads the exhaustive search expands states on
                                        (default: one per core). The report is the same for
                                        any number.
              -V, --version           Print version information and exit.
            """;

    @Test
    void checkHelp_isWhatTheAnnotatedOptionsPrinted() {
        CommandRun r = CommandRun.of(Main.commandLine("check", "--help"), "check", "--help");
        assertEquals(new CommandRun(0, CHECK_HELP.replace("\n", System.lineSeparator()), ""), r);
    }

    @Test
    void firstArgumentNamesACommand_onlyThatCommandIsBuilt() {
        for (String name : InterleaveCommand.COMMANDS) {
            assertEquals(List.of(name), List.copyOf(Main.commandLine(name, "x.level.json").getSubcommands().keySet()));
        }
    }

    @Test
    void versionAlone_buildsNoCommandAndPrintsTheVersion() {
        for (String option : new String[] {"-V", "--version"}) {
            assertEquals(List.of(), List.copyOf(Main.commandLine(option).getSubcommands().keySet()));
            CommandRun r = CommandRun.of(Main.commandLine(option), option);
            assertEquals(CommandRun.of(Main.commandLine(), option), r);
            assertEquals(new CommandRun(0, "Interleave 0.1" + System.lineSeparator(), ""), r);
        }
        assertEquals(InterleaveCommand.COMMANDS, List.copyOf(Main.commandLine("-V", "check").getSubcommands().keySet()));
    }

    @Test
    void noCommandNamedFirst_everyCommandIsBuiltInUsageOrder() {
        List<String> all = List.of("check", "replay", "run", "bench", "validate", "export-go", "import-go", "compare");
        assertEquals(all, List.copyOf(Main.commandLine().getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("--help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(new CommandLine(new InterleaveCommand()).getSubcommands().keySet()));
    }

    @Test
    void onlyTheCommandThatRunsBuilt_printsWhatEveryCommandBuiltPrints() {
        String level = CliTest.file("racy-counter.level.json");
        String[][] lines = {
                {"check"}, {"check", "a", "b"}, {"check", level, "--bogus"}, {"check", level, "--seed=x"},
                {"check", level, "--strategy", "nope"}, {"check", level, "--runs", "0"}, {"check", "-V"},
                {"check", level, "--solution"}, {"check", level, "replay"}, {"check", "/no/such.level.json"},
                {"check", level, "--json", "--strategy=round-robin"}, {"check", level, "--threads", "1", "--budget", "5"},
                {"replay", "--help"}, {"run", "--help"}, {"validate", "--help"}, {"export-go", "--help"},
                {"import-go", "--help"}, {"compare", "--help"}, {"validate"}, {"replay", level}};
        for (String[] args : lines) {
            CommandRun every = CommandRun.of(Main.commandLine(), args);
            CommandRun one = CommandRun.of(Main.commandLine(args), args);
            assertEquals(every.exit(), one.exit(), () -> String.join(" ", args));
            assertEquals(withoutTimes(every.out()), withoutTimes(one.out()), () -> String.join(" ", args));
            assertEquals(every.err(), one.err(), () -> String.join(" ", args));
        }
    }

    /**
     * The level argument and {@code --solution} are declared twice — built for {@code check}, annotated
     * for the commands that read a level as check does — so their help lines must not drift apart.
     */
    @Test
    void everyCommandThatReadsALevel_describesTheLevelAndSolutionAsCheckDoes() {
        List<String> checkLines = levelLines("check");
        assertEquals(2, checkLines.size(), () -> "check's LEVEL.json and --solution lines: " + checkLines);
        for (String name : List.of("replay", "run", "export-go")) {
            assertEquals(checkLines, levelLines(name), name + " --help");
        }
    }

    /** The lines of {@code name --help} that describe the level file and the solution. */
    private static List<String> levelLines(String name) {
        String help = CommandRun.of(Main.commandLine(name, "--help"), name, "--help").out();
        return help.lines().map(String::strip)
                .filter(line -> line.startsWith("LEVEL.json ") || line.startsWith("--solution=")).toList();
    }

    /** Output with the time a check took left out. */
    private static String withoutTimes(String out) {
        return out.replaceAll("\\(\\d+ ms,", "(N ms,").replaceAll("\"millis\" : \\d+", "\"millis\" : N");
    }
}

package org.interleave.cli;

import picocli.CommandLine.Command;

/** The root command: groups check, replay and the other headless commands. */
@Command(name = "interleave", mixinStandardHelpOptions = true, version = "Interleave 0.1",
        description = "Verify and replay Interleave designs from the command line.",
        subcommands = {CheckCommand.class, ReplayCommand.class, RunCommand.class, BenchCommand.class,
                ValidateCommand.class, ExportGoCommand.class, ImportGoCommand.class, CompareCommand.class})
public final class InterleaveCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

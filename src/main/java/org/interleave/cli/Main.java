package org.interleave.cli;

import picocli.CommandLine;

/** Entry point of the headless commands; never touches JavaFX. */
public final class Main {
    private Main() {}

    /** Runs one command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new InterleaveCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("internal error: " + e);
            cmd.getErr().flush();
            return 70;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}

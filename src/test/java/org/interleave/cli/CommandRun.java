package org.interleave.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * What one {@code interleave} command line did, run in-process: its exit code and what it printed.
 * For every test of a command, here and in the packages whose commands the CLI holds (gobridge).
 */
public record CommandRun(int exit, String out, String err) {
    /** Runs {@code args} as the command line {@code interleave args…}, capturing stdout and stderr. */
    public static CommandRun of(String... args) {
        return of(new CommandLine(new InterleaveCommand()), args);
    }

    /** Runs {@code args} on a command line built otherwise (as {@link Main} builds it, say). */
    public static CommandRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}

package org.interleave.cli;

import picocli.CommandLine;

/** Entry point of the headless commands; never touches JavaFX. */
public final class Main {
    private Main() {}

    /** Runs one command line and returns its exit code. */
    public static int execute(String... args) {
        return new CommandLine(new InterleaveCommand()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}

package org.interleave.cli;

import picocli.CommandLine;

/** Entry point of the headless commands; never touches JavaFX. */
public final class Main {
    private Main() {}

    /** The commands that read level files (bench reads the families it builds as level text). */
    private static final java.util.Set<String> READS_LEVELS =
            java.util.Set.of("check", "replay", "run", "validate", "export-go", "compare", "bench");
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Runs one command line and returns its exit code. */
    public static int execute(String... args) {
        if (args.length > 0 && READS_LEVELS.contains(args[0])) {
            warmUpLevelLoader();
        }
        return commandLine().execute(args);
    }

    /**
     * The command line with Interleave's handlers: an error that escapes a command is said in
     * words (exit 70), a mistake in the options is said on one line with control characters
     * escaped (exit 2).
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new InterleaveCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(inWords(e));
            cmd.getErr().flush();
            return 70;
        });
        cli.setParameterExceptionHandler((e, parsed) -> {
            // picocli quotes what was typed; a typed escape code must not reach the terminal
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(org.interleave.level.Quote.oneLine(String.valueOf(e.getMessage())));
            cmd.getErr().println("(see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return 2;
        });
        return cli;
    }

    /** An error that escaped a command, said without Java's class names. */
    static String inWords(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: the JVM's heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB is full (give it more with java -Xmx...)";
        }
        if (e instanceof StackOverflowError) {
            return "internal error: the design is nested too deeply to follow (please report this)";
        }
        String message = e.getMessage();
        return "internal error: " + (message == null || message.isBlank() ? "an unexpected failure"
                : org.interleave.level.Quote.oneLine(message)) + " (please report this)";
    }

    /**
     * Loading the first level initialises the JSON parser and the level-schema validator, which
     * takes longer than the rest of a small check (measured with the benchmark designs: most of
     * the time before the search starts). A daemon thread loads a tiny level meanwhile, on the
     * machine's other core, while the main thread parses the command line; the real load then
     * finds the classes ready. Once per process.
     */
    private static void warmUpLevelLoader() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                org.interleave.level.LevelLoader.parse("warm-up.level.json", WARM_UP_LEVEL);
            } catch (org.interleave.level.LevelException | RuntimeException e) {
                // Only a head start: the real load reports whatever is wrong.
            }
        }, "level-loader-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static final String WARM_UP_LEVEL = "{\"format\":1,\"id\":\"warm-up\",\"title\":\"warm-up\","
            + "\"mode\":\"build\",\"design\":{\"parts\":[{\"id\":\"c\",\"type\":\"channel\",\"cap\":1},"
            + "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":["
            + "{\"op\":\"send\",\"ch\":\"c\",\"value\":1},{\"op\":\"recv\",\"ch\":\"c\",\"to\":\"v\"}]}]}}";

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}

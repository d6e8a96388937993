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
        return commandLine(args).execute(args);
    }

    /**
     * The command line for {@code args} with Interleave's handlers: an error that escapes a command
     * is said in words (exit 70), a mistake in the options is said on one line with control
     * characters escaped (exit 2). When the first argument names a command, only that command is
     * built, since building the others would only slow the start (issue 17).
     */
    static CommandLine commandLine(String... args) {
        String only = args.length > 0 && InterleaveCommand.COMMANDS.contains(args[0]) ? args[0] : null;
        CommandLine cli = new CommandLine(InterleaveCommand.spec(only));
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
     * machine's other core, while the main thread parses the command line, and then checks it,
     * so that the engine's classes are loaded and its hot paths compiling before the real search
     * starts; the real load and search then find them ready. Once per process.
     */
    private static void warmUpLevelLoader() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                org.interleave.engine.model.Level level = org.interleave.level.LevelLoader.parse("warm-up.level.json", WARM_UP_LEVEL);
                // Then the engine: its classes load and its hot paths start compiling on this core
                // while the main thread is still reading its own level.
                new org.interleave.explore.Checker(org.interleave.explore.CheckOptions.DEFAULT, () -> false,
                        org.interleave.explore.Explorer.Progress.NONE, () -> 0L).threads(1).check(level);
            } catch (org.interleave.level.LevelException | RuntimeException e) {
                // Only a head start: the real load reports whatever is wrong.
            }
        }, "level-loader-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** A small design that takes the engine's common paths: spawns, a hand-off, a lock, a race-checked var, a wait group. */
    private static final String WARM_UP_LEVEL = "{\"format\":1,\"id\":\"warm-up\",\"title\":\"warm-up\","
            + "\"mode\":\"build\",\"design\":{\"parts\":[{\"id\":\"c\",\"type\":\"channel\"},"
            + "{\"id\":\"wg\",\"type\":\"waitgroup\"},{\"id\":\"mu\",\"type\":\"mutex\"},"
            + "{\"id\":\"x\",\"type\":\"var\"},{\"id\":\"out\",\"type\":\"sink\"},"
            + "{\"id\":\"worker\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
            + "{\"op\":\"lock\",\"mu\":\"mu\"},{\"op\":\"inc\",\"var\":\"x\"},{\"op\":\"unlock\",\"mu\":\"mu\"},"
            + "{\"op\":\"send\",\"ch\":\"c\",\"value\":1},{\"op\":\"done\",\"wg\":\"wg\"}]},"
            + "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":["
            + "{\"op\":\"add\",\"wg\":\"wg\",\"n\":2},{\"op\":\"go\",\"g\":\"worker\"},{\"op\":\"go\",\"g\":\"worker\"},"
            + "{\"op\":\"recv\",\"ch\":\"c\",\"to\":\"a\"},{\"op\":\"recv\",\"ch\":\"c\",\"to\":\"b\"},"
            + "{\"op\":\"wait\",\"wg\":\"wg\"},{\"op\":\"emit\",\"sink\":\"out\",\"value\":\"a + b\"}]}]}}";

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}

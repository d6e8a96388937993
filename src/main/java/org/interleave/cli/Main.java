package org.interleave.cli;

import java.util.List;
import picocli.CommandLine;

/** Entry point of the headless commands; never touches JavaFX. */
public final class Main {
    private Main() {}

    /** The commands that read level files (bench reads the families it builds as level text). */
    private static final java.util.Set<String> READS_LEVELS =
            java.util.Set.of("check", "replay", "run", "validate", "export-go", "compare", "bench");
    /** The commands that read one level file (and perhaps a solution, which needs no schema). */
    private static final java.util.Set<String> ONE_LEVEL = java.util.Set.of("check", "replay", "run", "export-go");
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Runs one command line and returns its exit code. */
    public static int execute(String... args) {
        String level = args.length > 0 && ONE_LEVEL.contains(args[0]) ? levelFile(args) : null;
        if (level != null) {
            ReadAhead.start(level);
        } else if (args.length > 0 && READS_LEVELS.contains(args[0])) {
            warmUpLevelLoader();
        }
        try {
            return commandLine(args).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands errors on: said in words, as an exception is, never as a stack trace
            System.err.println(inWords(e));
            System.err.flush();
            return 70;
        } finally {
            ReadAhead.clear();
        }
    }

    /**
     * The command line for {@code args} with Interleave's handlers: an error that escapes a command
     * is said in words (exit 70), a mistake in the options is said on one line with control
     * characters escaped (exit 2). When the first argument names a command, only that command is
     * built, and none for {@code --version} alone: building the others would only slow the start
     * (issue 17).
     */
    static CommandLine commandLine(String... args) {
        List<String> commands = args.length > 0 && InterleaveCommand.COMMANDS.contains(args[0]) ? List.of(args[0])
                : args.length == 1 && (args[0].equals("-V") || args[0].equals("--version")) ? List.of()
                : InterleaveCommand.COMMANDS;
        CommandLine cli = new CommandLine(InterleaveCommand.spec(commands));
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
        String said = message == null || message.isBlank() ? "an unexpected failure"
                : org.interleave.level.Quote.oneLine(message);
        // the engine's own consistency checks already say "internal error: ..."
        return (said.startsWith("internal error: ") ? said : "internal error: " + said) + " (please report this)";
    }

    /**
     * The word of a command that reads one level that names a level file, or null: a campaign level
     * as the jar packages it first, else the first word that names a regular file {@code *.level.json}.
     * It is loaded on the other core while picocli reads the command line ({@link ReadAhead}), and the
     * command takes it if it is the level it reads. A campaign level as packaged loads without the
     * level schema ({@link org.interleave.level.PackagedLevels}); any other builds the schema's
     * validator on that core as it loads, as the head start below would.
     */
    private static String levelFile(String... args) {
        for (int i = 1; i < args.length; i++) {
            if (org.interleave.level.PackagedLevels.isPackagedFile(args[i])) {
                return args[i];
            }
        }
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("-") && args[i].endsWith(".level.json") && regularFile(args[i])) {
                return args[i];
            }
        }
        return null;
    }

    private static boolean regularFile(String word) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(word));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Loading the first level spends most of its time building the level-schema validator (the
     * validator's and Jackson's classes, the schema's 88 KB). A daemon thread builds it on the
     * machine's other core while the main thread reads the command line and the level, which then
     * finds it ready or nearly so. Once per process.
     *
     * <p>It used to load and check a tiny level as well, to warm the engine up; on two cores that
     * check ran beside the real search, and without it a check takes 0.2 s less CPU and is no
     * slower (issue 17).
     */
    private static void warmUpLevelLoader() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Main::prepareLevelLoader, "level-schema");
        t.setDaemon(true);
        t.start();
    }

    private static void prepareLevelLoader() {
        try {
            org.interleave.level.LevelLoader.prepare();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the first load reports whatever is wrong.
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}

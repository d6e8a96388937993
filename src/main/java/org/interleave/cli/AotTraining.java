package org.interleave.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run of {@code scripts/interleave}'s ahead-of-time cache (issue 17): runs several
 * command lines in one JVM, as {@link Main#execute} runs each, printing nothing, so that the JVM
 * that records the cache loads, links and profiles what the commands use. Command lines are
 * separated by {@code ::}, e.g. {@code check a.level.json :: validate b.level.json :: --version}.
 * Not a user command: the launcher starts it with {@code -XX:AOTCacheOutput=...}.
 */
public final class AotTraining {
    static final String SEPARATOR = "::";

    private AotTraining() {}

    /** The command lines in {@code args}, split at {@value #SEPARATOR}; empty ones left out. */
    static List<String[]> commandLines(String... args) {
        List<String[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals(SEPARATOR)) {
                if (i > start) {
                    lines.add(Arrays.copyOfRange(args, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    public static void main(String[] args) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false);
        System.setOut(quiet);
        System.setErr(quiet);
        for (String[] line : commandLines(args)) {
            Main.execute(line);
        }
        schemaCheckOneLevel(args);
        System.exit(0);
    }

    /**
     * A campaign level as packaged loads without the level schema, so the commands above, which
     * read campaign levels, would leave the schema's checking out of the cache, to be loaded from
     * the jar when a user's level is checked: one level named in {@code args} is loaded from its
     * text, which is always checked against the schema.
     */
    static void schemaCheckOneLevel(String... args) {
        for (String arg : args) {
            if (arg.endsWith(org.interleave.level.LevelFiles.SUFFIX)) {
                try {
                    org.interleave.level.LevelLoader.parse(arg, java.nio.file.Files.readString(java.nio.file.Path.of(arg)));
                    return;
                } catch (java.io.IOException | RuntimeException | org.interleave.level.LevelException e) {
                    // another, then
                }
            }
        }
    }
}

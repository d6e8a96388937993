package org.interleave.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.interleave.engine.model.Goal;
import org.interleave.gobridge.GoImportException;
import org.interleave.gobridge.GoImporter;
import org.interleave.gobridge.GoLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-go}: reads a Go program (the subset in the README) and prints it as a level file. */
@Command(name = "import-go", mixinStandardHelpOptions = true,
        description = {"Read a Go program (one file, package main, the subset in the README) and print it as a level.",
                "Anything outside the subset is refused as file:line:col: message.",
                "Exit 0 printed, 2 invalid input or a program outside the subset."})
final class ImportGoCommand implements Callable<Integer> {
    /** The largest Go file import-go reads. */
    static final long MAX_BYTES = 256 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAIN.go", description = "The Go file.")
    Path file;

    @Option(names = "--mode", defaultValue = "fix", paramLabel = "fix|break|build",
            description = "fix (default): the program is the design to repair; break: the player schedules it into the"
                    + " outcome check finds; build: the program is the reference solution.")
    String mode;

    @Option(names = "--title", description = "The level's title (default: the file's name).")
    String title;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Goal.Mode m = switch (mode) {
            case "fix" -> Goal.Mode.FIX;
            case "break" -> Goal.Mode.BREAK;
            case "build" -> Goal.Mode.BUILD;
            default -> null;
        };
        if (m == null) {
            err.println("unknown mode '" + mode + "': use fix, break or build");
            return ExitCodes.INVALID;
        }
        String source;
        try {
            if (Files.size(file) > MAX_BYTES) {
                err.println(file + ": file is too large: " + Files.size(file) + " bytes (at most " + MAX_BYTES + ")");
                return ExitCodes.INVALID;
            }
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(file + ": cannot read: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
            return ExitCodes.INVALID;
        }
        try {
            GoImporter.Imported imported = GoImporter.importGo(source);
            out.print(GoLevel.make(imported, file.toString(), m, title).json());
            out.flush();
            return ExitCodes.CLEARED;
        } catch (GoImportException e) {
            e.lines(file.toString()).forEach(err::println);
            err.flush();
            return ExitCodes.INVALID;
        }
    }
}

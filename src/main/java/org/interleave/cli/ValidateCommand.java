package org.interleave.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.level.LevelFiles;
import org.interleave.level.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks level files and folders of them, printing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check level files, and folders of them (every *.level.json under a folder; "
                + "ids must be unique within a folder).",
                "Prints every problem as file:line:col: message on stderr, then 'ok: N levels' for the valid ones.",
                "Exit 0 when all are valid, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Level files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int ok = 0;
        int invalid = 0;
        for (LevelFiles.Checked c : LevelFiles.check(paths)) {
            if (c.ok()) {
                ok++;
            } else {
                invalid++;
                for (Problem p : c.problems()) {
                    err.println(p);
                }
            }
        }
        err.flush();
        out.println("ok: " + ok + " levels");
        out.flush();
        return invalid == 0 ? ExitCodes.CLEARED : ExitCodes.INVALID;
    }
}

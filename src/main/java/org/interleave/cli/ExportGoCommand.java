package org.interleave.cli;

import java.util.concurrent.Callable;
import org.interleave.engine.model.Level;
import org.interleave.gobridge.GoExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code export-go}: prints a level's design (or a solution) as an equivalent, runnable Go program. */
@Command(name = "export-go", mixinStandardHelpOptions = true,
        description = {"Print the level's design (or a solution's) as an equivalent, runnable Go program.",
                "One tick is one millisecond. Try it with: go run -race main.go",
                "Exit 0 printed, 2 invalid input."})
final class ExportGoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LevelInput input;

    @Override
    public Integer call() {
        Level level = input.load(spec.commandLine().getErr());
        if (level == null) {
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().print(GoExporter.export(level));
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEARED;
    }
}

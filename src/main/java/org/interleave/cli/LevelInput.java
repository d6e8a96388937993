package org.interleave.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The level file and optional solution file that check, replay and export-go read: a mixin of
 * the annotated commands, and added by {@link #addTo} to check, which is built without annotations.
 */
final class LevelInput {
    private static final String LEVEL_LABEL = "LEVEL.json";
    private static final String LEVEL_DESCRIPTION = "The level file.";
    private static final String SOLUTION = "--solution";
    private static final String SOLUTION_LABEL = "S.json";
    private static final String SOLUTION_DESCRIPTION = "Check this solution's design instead of the level's.";

    @Parameters(index = "0", paramLabel = LEVEL_LABEL, description = LEVEL_DESCRIPTION)
    Path level;

    @Option(names = SOLUTION, paramLabel = SOLUTION_LABEL, description = SOLUTION_DESCRIPTION)
    Path solution;

    /** Adds the level and {@code --solution} to a command built with picocli's programmatic API. */
    static void addTo(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).type(Path.class)
                .paramLabel(LEVEL_LABEL).description(LEVEL_DESCRIPTION).build());
        spec.addOption(OptionSpec.builder(SOLUTION).type(Path.class)
                .paramLabel(SOLUTION_LABEL).description(SOLUTION_DESCRIPTION).build());
    }

    /** What a command that {@link #addTo} built was given. */
    static LevelInput of(CommandSpec spec) {
        LevelInput input = new LevelInput();
        input.level = spec.positionalParameters().get(0).getValue();
        input.solution = spec.findOption(SOLUTION).getValue();
        return input;
    }

    /** Loads the level (with the solution's design, if given); prints problems and returns null when invalid. */
    Level load(PrintWriter err) {
        try {
            Level ahead = ReadAhead.take(level);
            Level l = ahead != null ? ahead : LevelLoader.load(level);
            if (solution != null) {
                Design d = LevelLoader.loadSolution(solution, l);
                l = l.withDesign(d);
            }
            if (l.design().goroutines().stream().noneMatch(g -> g.start() == org.interleave.engine.model.Part.Start.MAIN)) {
                err.println(new Problem(level.toString(), 1, 1, "the level's design has no main goroutine"
                        + " (a build level leaves it to the player): pass --solution S.json"));
                err.flush();
                return null;
            }
            if (solution == null) {
                // a level's design may leave the sink to the player, as it may leave main
                if (LevelLoader.goalSink(l.goal(), l.design()).isPresent()) {
                    err.println(new Problem(level.toString(), 1, 1, "the level's design lacks the sink '"
                            + l.goal().output().sink() + "' its output goal reads (the player adds it): pass --solution S.json"));
                    err.flush();
                    return null;
                }
            }
            return l;
        } catch (LevelException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return null;
        }
    }
}

package org.interleave.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The level file and optional solution file that check, replay and export-go read. */
final class LevelInput {
    @Parameters(index = "0", paramLabel = "LEVEL.json", description = "The level file.")
    Path level;

    @Option(names = "--solution", paramLabel = "S.json", description = "Check this solution's design instead of the level's.")
    Path solution;

    /** Loads the level (with the solution's design, if given); prints problems and returns null when invalid. */
    Level load(PrintWriter err) {
        try {
            Level l = LevelLoader.load(level);
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

package org.interleave.level;

import static org.interleave.level.CampaignFiles.level;
import static org.interleave.level.CampaignFiles.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Designs that once cleared a level and beat its par without doing what the level teaches, each
 * in {@code src/test/resources/closed-loopholes} as {@code <level id>.<how>.<verdict>.solution.json}:
 * the level now makes them fail with that verdict. A generator that sends exactly as many numbers
 * as {@code main} takes, with plain sends, never needs the quit channel: generator-quit's
 * {@code main} now takes three or four, so three sends deadlock and four leak.
 */
class ClosedLoopholesTest {
    static Stream<Path> closedLoopholes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/closed-loopholes"))) {
            return files.filter(p -> p.toString().endsWith(".solution.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedLoopholes")
    void loophole_failsTheLevel_withTheVerdictItsNameSays(Path file) throws Exception {
        String[] name = file.getFileName().toString().split("\\.");
        String id = name[0];
        String verdict = name[2];
        CampaignFiles.LevelFile f = levels().filter(l -> l.name().endsWith("-" + id + ".level.json")).findFirst().orElseThrow();
        Level level = level(f);
        Design design = LevelLoader.parseSolution(file.toString(), Files.readString(file), level);
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime)
                .check(level.withDesign(design));
        assertEquals(verdict, r.verdict().name().toLowerCase(java.util.Locale.ROOT), r.toString());
    }
}

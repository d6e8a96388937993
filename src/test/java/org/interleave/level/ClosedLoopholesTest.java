package org.interleave.level;

import static org.interleave.level.CampaignFiles.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Designs that once cleared a level and met or beat its par without doing what the level teaches,
 * each in {@code src/test/resources/closed-loopholes} as {@code <level id>.<how>.<verdict>.solution.json}:
 * the level now makes them fail with that verdict, or, for {@code refused}, its palette no longer
 * offers an op or a part they need, so the loader refuses them. A generator that sends exactly as many numbers
 * as {@code main} takes, with plain sends, never needs the quit channel: generator-quit's
 * {@code main} now takes three or four, so three sends deadlock and four leak. Workers that each
 * store 7 in atomic-hits' counter skip the count: the palette has no {@code atomic.store} now. A
 * worker that adds 7 when its last request was number 7 counts nothing: every request is 1 now. Three
 * numbers whose squares add up to 30 (5, 2, 1) did a quarter less of pipeline's work: its
 * {@code main} prints each square now.
 */
class ClosedLoopholesTest {
    static Stream<Path> closedLoopholes() {
        return CampaignFiles.designsIn("closed-loopholes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedLoopholes")
    void loophole_failsTheLevel_withTheVerdictItsNameSays(Path file) throws Exception {
        String[] name = file.getFileName().toString().split("\\.");
        String verdict = name[2];
        Level level = level(CampaignFiles.levelOf(file));
        if (verdict.equals("refused")) {
            LevelException e = assertThrows(LevelException.class,
                    () -> LevelLoader.parseSolution(file.toString(), Files.readString(file), level));
            assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("palette does not offer")
                            || p.message().contains("palette offers no")),
                    e.problems().toString());
            return;
        }
        Design design = LevelLoader.parseSolution(file.toString(), Files.readString(file), level);
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime)
                .check(level.withDesign(design));
        assertEquals(verdict, r.verdict().name().toLowerCase(java.util.Locale.ROOT), r.toString());
    }
}

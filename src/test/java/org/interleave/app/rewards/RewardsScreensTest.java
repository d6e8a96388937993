package org.interleave.app.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.canvas.Edit;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.results.ResultsView;
import org.interleave.engine.model.Level;
import org.interleave.level.OpCount;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rewards as the player meets them: medals and histograms in the results, best designs kept, medals on the level select. */
@ExtendWith(ApplicationExtension.class)
class RewardsScreensTest extends GameStage {
    private static final String LEVEL = "send-before-go";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void clearingAtPar_showsGoldOnEveryScore_aHistogramPerScore_keepsTheBestDesigns_andTheCardShowsMedals(
            FxRobot robot) throws Exception {
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun(LEVEL, new Score(9, 9, 10, 30), true);
        launch(robot, profile);
        robot.interact(() -> shell.openLevel(CATALOG.byId(LEVEL).orElseThrow()));
        LevelScreen s = (LevelScreen) shell.screen();
        Level level = s.entry().level();
        robot.interact(() -> s.canvas().model().apply(new Edit.Reset(level.solution())));
        robot.clickOn("#verify");
        waitUntil(() -> shell.dialog().filter(ResultsView.class::isInstance).isPresent());

        assertEquals(String.valueOf(OpCount.of(level.solution())), text(robot, "#result-ops"));
        assertEquals(String.valueOf(level.par().ops()), text(robot, "#par-ops"));
        for (String score : new String[] {"ticks", "parts", "ops"}) {
            assertTrue(robot.lookup("#medal-" + score).queryAs(Label.class).getStyleClass().contains("medal-gold"), score);
            ScoreHistogram h = robot.lookup("#histogram-" + score).queryAs(ScoreHistogram.class);
            int attempts = 0;
            for (int c : h.bins().counts()) {
                attempts += c;
            }
            assertEquals(2, attempts, "both clears are in the " + score + " histogram");
            assertTrue(h.bins().parBin() >= 0 && h.bins().thisBin() == h.bins().parBin(), "this design is at par");
        }
        var slots = profile.designs().level(LEVEL).slots().keySet();
        assertTrue(slots.containsAll(java.util.List.of("Best ticks", "Best parts", "Best ops")), slots.toString());

        robot.clickOn("#results-levels");
        MedalRow medals = robot.lookup("#medals-" + LEVEL).queryAs(MedalRow.class);
        assertEquals(Medal.GOLD, medals.medal(ScoreKind.TICKS));
        assertEquals(Medal.GOLD, medals.medal(ScoreKind.OPS));
    }
}

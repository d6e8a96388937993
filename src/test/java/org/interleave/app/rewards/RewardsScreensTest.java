package org.interleave.app.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.canvas.Edit;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.results.ResultsView;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.level.DesignWriter;
import org.interleave.level.LevelLoader;
import org.interleave.level.OpCount;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rewards as the player meets them: medals and histograms in the results, best designs kept
 * and opened again from the level (solution slots), medals on the level select.
 */
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
        interact(() -> shell.openLevel(CATALOG.byId(LEVEL).orElseThrow()));
        LevelScreen s = (LevelScreen) shell.screen();
        Level level = s.entry().level();
        interact(() -> s.canvas().model().apply(new Edit.Reset(level.solution())));
        verify(s);
        assertTrue(shell.dialog().filter(ResultsView.class::isInstance).isPresent(), "a clear shows its results");

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

    private static String json(Design d) {
        return DesignWriter.write(d).toString();
    }

    @Test
    void theBestDesignKeptPerScore_opensFromTheLevel_sayingWhatItScores_andCtrlZBringsBackTheDesignShown(
            FxRobot robot) throws Exception {
        String id = "worker-pool";
        Level level = CATALOG.byId(id).orElseThrow().level();
        Design fast = LevelLoader.loadSolution(Path.of("levels/solutions/worker-pool.ticks.solution.json"), level);
        Design small = LevelLoader.loadSolution(Path.of("levels/solutions/worker-pool.parts.solution.json"), level);
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun(id, new Score(17, 6, 10, 15), true);
        profile.changeDesigns(BestDesigns.keep(BestDesigns.keep(profile.designs(), id, fast, List.of(ScoreKind.TICKS)),
                id, small, List.of(ScoreKind.PARTS, ScoreKind.OPS)));
        launch(robot, profile);
        interact(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
        LevelScreen s = (LevelScreen) shell.screen();
        BestDesignMenu menu = robot.lookup("#best-designs").queryAs(BestDesignMenu.class);
        assertTrue(onFx(menu::isVisible), "a level with best designs kept offers them");
        assertEquals(List.of("Best ticks: 17 ticks · 7 parts · 16 ops", "Best parts: 26 ticks · 6 parts · 16 ops",
                        "Best ops: 26 ticks · 6 parts · 16 ops"),
                onFx(() -> menu.getItems().stream().map(MenuItem::getText).toList()),
                "each slot says what its design scores: the fast one and the small one are different designs");
        String shown = onFx(() -> json(s.canvas().designProperty().get()));

        robot.clickOn("#best-designs");
        robot.clickOn("Best parts: 26 ticks · 6 parts · 16 ops");
        assertEquals(json(small), onFx(() -> json(s.canvas().designProperty().get())), "the best-parts design is on the canvas");
        robot.clickOn("#best-designs");
        robot.clickOn("Best ticks: 17 ticks · 7 parts · 16 ops");
        assertEquals(json(fast), onFx(() -> json(s.canvas().designProperty().get())), "and then the best-ticks one");

        interact(() -> {
            s.canvas().model().undo();
            s.canvas().model().undo();
        });
        assertEquals(shown, onFx(() -> json(s.canvas().designProperty().get())), "undo brings back the design shown before");
    }

    @Test
    void aLevelWithoutABestDesign_offersNone_andItsFirstClearKeepsOneToOpen(FxRobot robot) throws Exception {
        launch(robot, PlayerProfile.inMemory());
        interact(() -> shell.openLevel(CATALOG.byId(LEVEL).orElseThrow()));
        LevelScreen s = (LevelScreen) shell.screen();
        BestDesignMenu menu = robot.lookup("#best-designs").queryAs(BestDesignMenu.class);
        assertFalse(onFx(menu::isVisible), "nothing kept yet: no menu");
        interact(() -> s.canvas().model().apply(new Edit.Reset(s.entry().level().solution())));
        verify(s);
        assertTrue(shell.dialog().filter(ResultsView.class::isInstance).isPresent(), "a clear shows its results");
        assertTrue(onFx(menu::isVisible), "and keeps its design: the menu offers it");
        assertEquals(3, onFx(() -> menu.getItems().size()), "the clear is the best on every score");
    }
}

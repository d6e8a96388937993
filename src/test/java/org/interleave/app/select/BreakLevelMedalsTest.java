package org.interleave.app.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.map.CampaignMapView;
import org.interleave.app.map.ChapterStation;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.model.Goal;
import org.interleave.level.save.DataDirectory;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A break level's medal — its best schedule's steps against par.steps — where the player looks for
 * medals outside the results: on its level card, as a build level's three are, and counted in its
 * chapter's gold medals on the campaign map. The best steps come from the saved progress, where the
 * game keeps them as the best score's ticks (Clears.broken), the format unchanged.
 */
@ExtendWith(ApplicationExtension.class)
class BreakLevelMedalsTest extends GameStage {
    /** A break level whose par is 5 steps: 5 is gold, 6 silver (within a quarter), 7 bronze. */
    private static final String LEVEL = "transfer-deadlock";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aBreakLevelsBestStepsAtPar_savedAndLoadedAgain_showGoldOnItsCard_andOneGoldOnTheMap(FxRobot robot) {
        CampaignCatalog.Entry entry = CATALOG.byId(LEVEL).orElseThrow();
        assertEquals(Goal.Mode.BREAK, entry.level().mode());
        assertEquals(5, entry.level().par().steps());
        PlayerProfile first = PlayerProfile.load(new DataDirectory(dir));
        for (int steps : new int[] {7, 5, 6}) {
            first.recordRun(LEVEL, new Score(steps, 0, 0), true);  // as the game records a schedule that broke it
        }
        first.close();

        launch(robot, PlayerProfile.load(new DataDirectory(dir)));
        assertEquals("★ gold", cardMedal(robot), "the best of the saved schedules, 5 steps, is at par");
        assertTrue(text(robot, "#status-" + LEVEL).contains("best 5 steps"), text(robot, "#status-" + LEVEL));

        ChapterStation station = station();
        assertEquals(1, station.golds(), "the one level played holds one gold: its steps");
        assertEquals("1/" + chapter().levels().size() + "  ★ 1", text(robot, "#chapter-record-" + chapter().number()));
    }

    @Test
    void aBreakLevelsBestStepsOverPar_inASaveWrittenBefore_showSilverThenBronzeOnItsCard_andNoGoldOnTheMap(
            FxRobot robot) throws Exception {
        for (int steps : new int[] {6, 7}) {
            // a progress file as the game wrote it before this change, with no "scenes" and no "ops"
            Files.writeString(dir.resolve(DataDirectory.PROGRESS), "{\"format\": 1, \"levels\": {\"" + LEVEL
                    + "\": {\"cleared\": true, \"best\": {\"ticks\": " + steps + ", \"parts\": 0, \"verifyStates\": 0},"
                    + " \"attempts\": [{\"ticks\": " + steps + ", \"parts\": 0, \"cleared\": true}]}}}",
                    StandardCharsets.UTF_8);
            launch(robot, PlayerProfile.load(new DataDirectory(dir)));
            assertEquals(steps == 6 ? "● silver" : "● bronze", cardMedal(robot),
                    steps + " steps against a par of 5: silver within a quarter over it, bronze beyond");
            assertTrue(text(robot, "#status-" + LEVEL).contains("best " + steps + " steps"));
            assertEquals(0, station().golds(), steps + " steps earn no gold");
            assertEquals("1/" + chapter().levels().size(), text(robot, "#chapter-record-" + chapter().number()));
        }
    }

    @Test
    void oneStepOverASmallParOfSteps_showsSilverOnTheCard_notTheBronzeOfAnyLongerSchedule(FxRobot robot) {
        // main-does-not-wait, the first level: par 3 steps, within a quarter over it no whole number
        String first = "main-does-not-wait";
        assertEquals(3, CATALOG.byId(first).orElseThrow().level().par().steps());
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun(first, new Score(4, 0, 0), true);
        launch(robot, profile);
        interact(shell::showLevelSelect);
        Label mark = onFx(() -> (Label) robot.lookup("#level-" + first).query().lookup("#medals-" + first + " #medal-steps"));
        assertTrue(onFx(() -> mark.getStyleClass().contains("medal-silver")), onFx(() -> mark.getStyleClass().toString()));
    }

    private static CampaignCatalog.Chapter chapter() {
        return CATALOG.chapters().stream().filter(c -> c.levels().stream().anyMatch(e -> e.level().id().equals(LEVEL)))
                .findFirst().orElseThrow();
    }

    /** The medal mark on the level's card ("★ gold"), after showing the level select. */
    private String cardMedal(FxRobot robot) {
        interact(shell::showLevelSelect);
        Node card = robot.lookup("#level-" + LEVEL).query();
        Label mark = onFx(() -> (Label) card.lookup("#medals-" + LEVEL + " #medal-steps"));
        assertTrue(mark != null, "the card of the cleared break level shows a medal on its steps");
        String style = onFx(() -> mark.getStyleClass().stream().filter(c -> c.startsWith("medal-")).findFirst().orElse(""));
        return onFx(mark::getText) + " " + style.substring("medal-".length());
    }

    private ChapterStation station() {
        interact(shell::showMap);
        CampaignMapView map = (CampaignMapView) shell.screen();
        return map.stations().get(CATALOG.chapters().indexOf(chapter()));
    }
}

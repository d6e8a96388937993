package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.canvas.Edit;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.results.ResultsView;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.story.StoryView;
import org.interleave.level.save.DataDirectory;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A chapter's scene is told whichever way the player enters the chapter — Play on the menu, the
 * level select, the results' Next, as well as the map — once, skippable, remembered in the save,
 * and never before a replay.
 */
@ExtendWith(ApplicationExtension.class)
class ChapterScenesTest extends GameStage {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private boolean sceneShown() {
        return shell.dialog().filter(StoryView.class::isInstance).isPresent();
    }

    private CampaignCatalog.Entry shownLevel() {
        return ((LevelScreen) shell.screen()).entry();
    }

    private static CampaignCatalog.Chapter chapter(int index) {
        return CATALOG.chapters().get(index);
    }

    @Test
    void menuPlay_tellsTheFirstChaptersScene_rememberedInTheSave_thenOpensTheLevel(FxRobot robot) {
        launch(robot, PlayerProfile.load(new DataDirectory(dir)));
        robot.clickOn("#continue");
        assertTrue(sceneShown(), "a player who never opens the map meets the first chapter's scene too");
        assertTrue(PlayerProfile.load(new DataDirectory(dir)).progressProperty().get().sceneSeen(chapter(0).title()),
                "the scene is saved as seen as soon as it shows");
        robot.clickOn("#story-play");
        assertTrue(shell.dialog().isEmpty());
        assertEquals(chapter(0).levels().get(0), shownLevel());

        interact(shell::showMenu);
        robot.clickOn("#continue");
        assertTrue(shell.dialog().isEmpty(), "told once");
        assertEquals(chapter(0).levels().get(0), shownLevel());
    }

    @Test
    void theLevelSelect_tellsANewChaptersScene_whichSkipSkips(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        for (CampaignCatalog.Entry e : chapter(0).levels()) {
            profile.recordRun(e.level().id(), new Score(1, 1, 1, 1), true);
        }
        launch(robot, profile);
        interact(shell::showLevelSelect);
        CampaignCatalog.Entry first = chapter(1).levels().get(0);
        robot.clickOn("#level-" + first.level().id());
        assertTrue(sceneShown());
        robot.clickOn("#story-skip");
        assertTrue(shell.dialog().isEmpty());
        assertEquals(first, shownLevel());
        assertTrue(profile.progressProperty().get().sceneSeen(chapter(1).title()));
    }

    @Test
    void aLockedLevelOpenedAnyway_tellsItsChaptersScene_andEscSkipsIt(FxRobot robot) throws Exception {
        launch(robot, PlayerProfile.inMemory());
        interact(shell::showLevelSelect);
        CampaignCatalog.Entry locked = chapter(3).levels().get(0);
        robot.clickOn("#level-" + locked.level().id());
        robot.clickOn("#locked-open");
        assertTrue(sceneShown());
        robot.type(KeyCode.ESCAPE);
        waitUntil("the level screen shown, no dialog over it", () -> shell.dialog().isEmpty() && shell.screen() instanceof LevelScreen);
        assertEquals(locked, shownLevel());
    }

    @Test
    void aChapterWithALevelPlayed_opensAtOnce_fromTheLevelSelect(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        CampaignCatalog.Entry played = chapter(0).levels().get(0);
        profile.recordRun(played.level().id(), new Score(1, 1, 1, 1), false);
        launch(robot, profile);
        interact(shell::showLevelSelect);
        robot.clickOn("#level-" + played.level().id());
        assertTrue(shell.dialog().isEmpty(), "a replay is never held up by a scene");
        assertEquals(played, shownLevel());
    }

    @Test
    void resultsNext_intoANewChapter_tellsItsSceneFirst(FxRobot robot) throws Exception {
        CampaignCatalog.Entry last = chapter(1).levels().get(chapter(1).levels().size() - 1);
        CampaignCatalog.Entry next = chapter(2).levels().get(0);
        launch(robot, PlayerProfile.inMemory());
        interact(() -> shell.openLevel(last));
        LevelScreen s = (LevelScreen) shell.screen();
        interact(() -> s.canvas().model().apply(new Edit.Reset(last.level().solution())));
        assertTrue(verify(s).clears());
        robot.clickOn("#results-next");
        assertTrue(sceneShown(), "the next level starts a chapter the player has not met");
        robot.clickOn("#story-play");
        assertEquals(next, shownLevel());
    }
}

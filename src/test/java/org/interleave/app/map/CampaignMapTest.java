package org.interleave.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.select.LevelSelectView;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.story.StoryView;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The campaign map as the player meets it: every chapter a station with the player's progress and
 * gold medals, the player standing at the chapter of the next level, and entering a chapter tells
 * its scene once before its level, never before a replay.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignMapTest extends GameStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static Score atPar(Level level) {
        return new Score((int) level.par().ticks(), level.par().parts(), 10, level.par().ops());
    }

    @Test
    void map_showsEveryChapter_itsClearsAndGolds_andThePlayerAtTheNextLevelsChapter(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        CampaignCatalog.Chapter first = CATALOG.chapters().get(0);
        CampaignCatalog.Chapter second = CATALOG.chapters().get(1);
        for (CampaignCatalog.Chapter c : List.of(first, second)) {
            for (CampaignCatalog.Entry e : c.levels()) {
                profile.recordRun(e.level().id(), atPar(e.level()), true);
            }
        }
        assertTrue(second.levels().stream().noneMatch(e -> e.level().mode() == Goal.Mode.BREAK));
        launch(robot, profile);
        interact(shell::showMap);
        CampaignMapView map = (CampaignMapView) shell.screen();

        assertEquals(CATALOG.chapters().size(), map.stations().size());
        ChapterStation done = map.stations().get(1);
        assertEquals(second.levels().size(), done.cleared());
        assertEquals(3 * second.levels().size(), done.golds(), "three gold medals per level cleared at par");
        assertEquals(second.levels().size() + "/" + second.levels().size() + "  ★ " + done.golds(),
                text(robot, "#chapter-record-2"));
        assertEquals(CATALOG.chapters().get(2), map.current().orElseThrow().chapter(),
                "the player stands at the chapter of the next level to play");
        assertTrue(robot.lookup("#map-player").query().isVisible());
        assertFalse(map.stations().get(map.stations().size() - 1).isOpen(), "the last chapter is still locked");
    }

    @Test
    void aBreakLevel_clearedByASchedule_countsAsCleared_andEarnsOneGoldAtMost_onItsSteps(FxRobot robot) {
        CampaignCatalog.Chapter first = CATALOG.chapters().get(0);
        assertTrue(first.levels().stream().allMatch(e -> e.level().mode() == Goal.Mode.BREAK), "the first chapter is a break level");
        PlayerProfile profile = PlayerProfile.inMemory();
        for (CampaignCatalog.Entry e : first.levels()) {
            // how the game records a break level cleared by the player's schedule: its steps, no parts or ops
            profile.recordRun(e.level().id(), new Score(2, 0, 0), true);
        }
        launch(robot, profile);
        interact(shell::showMap);
        ChapterStation station = ((CampaignMapView) shell.screen()).stations().get(0);
        assertEquals(first.levels().size(), station.cleared());
        assertTrue(first.levels().stream().allMatch(e -> e.level().par().steps() >= 2), "two steps are at par");
        assertEquals(first.levels().size(), station.golds(),
                "one gold a level, on its steps: a schedule has no par of ticks, parts or ops to beat");
        assertEquals(first.levels().size() + "/" + first.levels().size() + "  ★ " + first.levels().size(),
                text(robot, "#chapter-record-1"));
    }

    @Test
    void stationBadgesAndThePlayer_growWithTheTextSize_inProjectorMode(FxRobot robot) throws Exception {
        launch(robot, PlayerProfile.inMemory());
        interact(shell::showMap);
        CampaignMapView map = (CampaignMapView) shell.screen();
        double plain = onFx(() -> discRadius(map));
        double font = onFx(() -> map.stations().get(0).getFont().getSize());

        interact(() -> shell.projector().toggle());
        interact(shell::showMap);
        CampaignMapView projected = (CampaignMapView) shell.screen();
        double scaled = onFx(() -> projected.stations().get(0).getFont().getSize());
        double big = onFx(() -> discRadius(projected));
        double creature = onFx(() -> projected.lookup("#map-player").getScaleX());
        interact(() -> shell.projector().toggle());

        assertTrue(scaled > font, "projector mode enlarges the text: " + font + " -> " + scaled);
        assertEquals(plain * scaled / font, big, 0.5, "the disc grows with the text, as its number does");
        assertEquals(scaled / font, creature, 0.01, "and the player's creature standing on it");
    }

    @Test
    void aLockedStation_hidesTheRoadUnderIt_itsDiscPaintedWhole(FxRobot robot) throws Exception {
        // a locked badge was dimmed to 45 % opacity as a whole: the road ran on through the padlock
        launch(robot, PlayerProfile.inMemory());
        robot.interact(shell::showMap);
        CampaignMapView map = (CampaignMapView) shell.screen();
        ChapterStation locked = onFx(() -> map.stations().stream().filter(s -> s.getStyleClass().contains("locked"))
                .findFirst().orElseThrow());
        double opacity = onFx(() -> {
            double o = 1;
            for (javafx.scene.Node n = locked.lookup(".station-disc"); n != null; n = n.getParent()) {
                o *= n.getOpacity();
            }
            return o;
        });
        javafx.scene.paint.Color fill = onFx(() -> (javafx.scene.paint.Color)
                ((javafx.scene.shape.Circle) locked.lookup(".station-disc")).getFill());
        assertEquals(1.0, opacity, 1e-9, "the locked disc is painted at full opacity");
        assertEquals(1.0, fill.getOpacity(), 1e-9, "with an opaque fill: " + fill);
    }

    private static double discRadius(CampaignMapView map) {
        return ((javafx.scene.shape.Circle) map.stations().get(0).lookup(".station-disc")).getRadius();
    }

    @Test
    void enteringANewChapter_tellsItsSceneOnce_thenOpensItsLevel(FxRobot robot) throws Exception {
        launch(robot, PlayerProfile.inMemory());
        interact(shell::showMap);
        robot.clickOn("#chapter-1");
        assertTrue(shell.dialog().filter(StoryView.class::isInstance).isPresent(), "the chapter's scene");
        assertTrue(text(robot, "#story-text").length() > 40);
        assertTrue(shell.profile().progressProperty().get().sceneSeen(CATALOG.chapters().get(0).title()),
                "the scene is recorded as seen in the player's progress (saved with it)");
        robot.clickOn("#story-play");
        assertTrue(shell.dialog().isEmpty());
        LevelScreen level = (LevelScreen) shell.screen();
        assertEquals(CATALOG.chapters().get(0).levels().get(0), level.entry());

        interact(shell::showMap);
        robot.clickOn("#chapter-1");
        assertTrue(shell.dialog().isEmpty(), "told once");
        assertTrue(shell.screen() instanceof LevelScreen);
    }

    @Test
    void aScene_isSkippedWithEsc_andAChapterAlreadyPlayedOpensAtOnce(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        CampaignCatalog.Entry second = CATALOG.chapters().get(1).levels().get(0);
        for (CampaignCatalog.Entry e : CATALOG.chapters().get(0).levels()) {
            profile.recordRun(e.level().id(), atPar(e.level()), true);
        }
        profile.recordRun(second.level().id(), new Score(40, 3, 10, 5), false);
        // the chapter's other level cleared keeps two levels ahead open: the next chapter's first one too
        CampaignCatalog.Entry other = CATALOG.chapters().get(1).levels().get(1);
        profile.recordRun(other.level().id(), atPar(other.level()), true);
        launch(robot, profile);
        interact(shell::showMap);
        robot.clickOn("#chapter-2");
        assertTrue(shell.dialog().isEmpty(), "a replay is never held up by a scene");
        assertEquals(second, ((LevelScreen) shell.screen()).entry());

        interact(shell::showMap);
        robot.clickOn("#chapter-3");
        assertTrue(shell.dialog().filter(StoryView.class::isInstance).isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(shell.dialog().isEmpty());
        assertEquals(CATALOG.chapters().get(2).levels().get(0), ((LevelScreen) shell.screen()).entry());
    }

    @Test
    void aSceneSeen_isNotToldAgainInTheNextGame(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.markSceneSeen(CATALOG.chapters().get(0).title());
        launch(robot, profile);
        interact(shell::showMap);
        robot.clickOn("#chapter-1");
        assertTrue(shell.dialog().isEmpty(), "seen in an earlier game: the level opens at once");
        assertTrue(shell.screen() instanceof LevelScreen);
    }

    @Test
    void theMainMenu_offersTheMap_rightAfterPlay(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        var buttons = robot.lookup("#campaign-map").queryButton().getParent().getChildrenUnmodifiable();
        assertEquals("campaign-map", buttons.get(buttons.indexOf(robot.lookup("#play").queryButton()) + 1).getId());
        robot.clickOn("#campaign-map");
        assertTrue(shell.screen() instanceof CampaignMapView);
        robot.clickOn("#map-back");
        assertTrue(shell.screen() instanceof org.interleave.app.menu.MainMenuView);
    }

    @Test
    void theLevelSelect_offersTheMap_andTheMapTheLevels(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        interact(shell::showLevelSelect);
        robot.clickOn("#show-map");
        assertTrue(shell.screen() instanceof CampaignMapView);
        robot.clickOn("#map-levels");
        assertTrue(shell.screen() instanceof LevelSelectView);
    }
}

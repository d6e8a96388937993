package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.select.LevelCard;
import org.interleave.app.select.LevelSelectView;
import org.interleave.app.menu.MainMenuView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The way through the game's screens, in a plain stage without FXGL: menu → level select by
 * chapter → a level, and back.
 */
@ExtendWith(ApplicationExtension.class)
class GameShellTest extends GameStage {
    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        showGame(stage, () -> quit.set(true));
    }

    private boolean showing(Class<?> screen) {
        return screen.isInstance(shell.getChildren().get(0));
    }

    @Test
    void menu_offersPlayAndQuit_andSaysWhatTheCampaignHolds(FxRobot robot) {
        assertTrue(showing(MainMenuView.class));
        assertEquals(InterleaveApp.TITLE, robot.lookup("#title").queryText().getText());
        assertTrue(robot.lookup("#campaign-summary").queryAs(Label.class).getText()
                .startsWith(CATALOG.entries().size() + " levels in " + CATALOG.chapters().size() + " chapters"));
        robot.clickOn("#quit");
        assertTrue(quit.get());
    }

    @Test
    void menu_fitsA1280x720Window_withNothingScrolledOutOfView(FxRobot robot) {
        // the stage is shared by the test classes of this JVM, and some make it larger: FreshStage gives it back its scene's size
        assertEquals(InterleaveApp.HEIGHT, shell.getScene().getHeight(), 0.5, "the window's height");
        ScrollPane scroll = robot.lookup("#menu-scroll").queryAs(ScrollPane.class);
        double content = robot.lookup(".main-menu").queryAs(VBox.class).getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        assertTrue(content <= viewport + 0.5, "menu " + content + " px tall in a " + viewport + " px window");
        Label line = robot.lookup("#campaign-summary").queryAs(Label.class);
        Bounds summary = line.localToScene(line.getLayoutBounds());
        assertTrue(summary.getMaxY() <= InterleaveApp.HEIGHT, "the campaign summary ends at " + summary.getMaxY());
    }

    @Test
    void play_showsEveryLevel_groupedByChapter_withTitleModeAndConcepts(FxRobot robot) {
        robot.clickOn("#play");
        assertTrue(showing(LevelSelectView.class));
        assertEquals(CATALOG.entries().size(), robot.lookup(".level-card").queryAll().size());
        assertEquals(CATALOG.chapters().size(), robot.lookup(".chapter-title").queryAll().size());
        assertEquals("1 · Goroutines", robot.lookup(".chapter-title").queryAs(Label.class).getText());
        LevelCard card = robot.lookup("#level-lost-update").queryAs(LevelCard.class);
        assertTrue(robot.from(card).lookup(".mode-break").tryQuery().isPresent(), "a break badge");
        assertTrue(robot.from(card).lookup(".level-concepts").queryAs(Label.class).getText().contains("data race"));
    }

    @Test
    void levelCard_opensTheLevel_andBackReturnsToTheSelect(FxRobot robot) {
        robot.clickOn("#play");
        robot.clickOn("#level-wait-for-them");
        robot.clickOn("#story-skip");  // the chapter's scene, the first time in
        assertTrue(showing(LevelScreen.class));
        assertEquals(CATALOG.byId("wait-for-them").orElseThrow().level().title(),
                robot.lookup("#level-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#brief").tryQuery().isPresent());
        assertTrue(robot.lookup(".goroutine-node").queryAll().size() >= 2, "the design's goroutines");

        robot.clickOn("#back");
        assertTrue(showing(LevelSelectView.class));
        robot.clickOn("#level-wait-for-them");
        robot.type(KeyCode.ESCAPE);
        assertTrue(showing(LevelSelectView.class));
        robot.clickOn("#back");
        assertTrue(showing(MainMenuView.class));
    }
}

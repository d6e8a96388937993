package org.interleave.app.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cleared level's card holds its medals and best score: in projector mode at 100 % the card was
 * 7.5 em tall whatever it held, and a cleared build level's best ("✓ cleared · best 21 ticks ★ par,
 * 5 parts", three lines at 12 em) ran 14 to 44 px past its padding, over its foot.
 */
@ExtendWith(ApplicationExtension.class)
class ClearedCardFitsTest extends GameStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void inProjectorMode_everyClearedCard_holdsItsContent_andACardIsAsTallAsTheOthersOfItsRow(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun("wait-for-them", new Score(10, 4, 1_000, 7), true);  // a one-line title
        profile.recordRun("add-inside-goroutine", new Score(8, 7, 1_000, 7), true);  // a two-line title
        profile.recordRun("bound-the-downloads", new Score(21, 5, 1_000, 13), true);
        launch(robot, profile);
        interact(() -> {
            projectorWindow(true, 100, 1280, 720);
            shell.showLevelSelect();
        });
        List<String> over = new ArrayList<>();
        for (String id : List.of("wait-for-them", "add-inside-goroutine", "bound-the-downloads")) {
            Region card = robot.lookup("#level-" + id).query();
            Region content = onFx(() -> (Region) card.lookup(".level-card-content"));
            double past = onFx(() -> content.getLayoutY() + content.getHeight() - (card.getHeight() - card.snappedBottomInset()));
            if (past > 1) {
                over.add(id + " " + Math.round(past) + " px");
            }
        }
        assertEquals(List.of(), over, "a card's content reaches past its padding");
        // 2.2 and 2.3, in one row: the same height
        double[] heights = onFx(() -> new double[] {
            robot.lookup("#level-wait-for-them").<Region>query().getHeight(),
            robot.lookup("#level-add-inside-goroutine").<Region>query().getHeight()});
        assertEquals(heights[0], heights[1], 0.5, "the cards of a row are as tall as each other");
        // and no taller than the taller of its least height and its row's content: a card not played
        // (1.1, alone in its row) keeps its least height
        Region notPlayed = robot.lookup("#level-main-does-not-wait").query();
        double[] mine = onFx(() -> new double[] {notPlayed.getHeight(), notPlayed.minHeight(-1)});
        assertEquals(mine[1], mine[0], 0.5, "the card of 1.1, not played, is at its least height");
        Region cleared = robot.lookup("#level-add-inside-goroutine").query();
        double[] fit = onFx(() -> {
            Region content = (Region) cleared.lookup(".level-card-content");
            double needs = cleared.snappedTopInset() + content.prefHeight(content.getWidth()) + cleared.snappedBottomInset();
            return new double[] {cleared.getHeight(), Math.max(needs, cleared.minHeight(-1))};
        });
        assertTrue(fit[0] <= Math.max(fit[1], heights[0]) + 1, "a cleared card is " + fit[0] + " px tall for " + fit[1] + " px");
    }
}

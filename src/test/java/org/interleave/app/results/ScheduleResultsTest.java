package org.interleave.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.Progress;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results of a break level, cleared by a schedule the player made: its chart counts the
 * schedules and their steps, not ticks (a schedule has none), and the best steps earn a medal
 * against the level's par of steps, while a build level's counts attempts and their ticks against par.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleResultsTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    private String caption(FxRobot robot, String level, Score... runs) {
        CampaignCatalog.Entry entry = CATALOG.byId(level).orElseThrow();
        Progress progress = Progress.empty();
        for (Score s : runs) {
            progress = progress.withRun(level, s, true);
        }
        Progress p = progress;
        robot.interact(() -> root.getChildren().setAll(new ResultsView(entry, runs[runs.length - 1], p.level(level), null,
                true, () -> { }, () -> { }, () -> { })));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#attempts-chart .chart-caption").queryAs(Label.class).getText();
    }

    @Test
    void aBreakLevelsChart_countsSchedulesAndTheirSteps_notTicks(FxRobot robot) {
        String caption = caption(robot, "transfer-deadlock", new Score(7, 0, 0), new Score(5, 0, 0));
        assertEquals("2 schedules that broke it · bars: steps of each (fewer is sharper)", caption);
        assertFalse(caption.contains("tick"), caption);
    }

    @Test
    void aBreakLevelsSteps_earnAMedalAgainstItsParOfSteps(FxRobot robot) {
        // transfer-deadlock's par.steps is 5 (the shortest schedule to its deadlock): 7 steps is bronze, 6 silver, 5 gold
        caption(robot, "transfer-deadlock", new Score(7, 0, 0));
        assertEquals("5", robot.lookup("#par-steps").queryAs(Label.class).getText());
        assertEquals("● bronze", robot.lookup("#medal-steps").queryAs(Label.class).getText());
        caption(robot, "transfer-deadlock", new Score(7, 0, 0), new Score(6, 0, 0));
        assertEquals("● silver", robot.lookup("#medal-steps").queryAs(Label.class).getText());
        caption(robot, "transfer-deadlock", new Score(5, 0, 0), new Score(7, 0, 0));
        assertEquals("★ gold", robot.lookup("#medal-steps").queryAs(Label.class).getText(), "your best, at par");
        assertEquals("7", robot.lookup("#result-steps").queryAs(Label.class).getText(), "this schedule's steps");
    }

    @Test
    void aBuildLevelsChart_countsAttemptsAndTheirTicks_againstPar(FxRobot robot) {
        String caption = caption(robot, "worker-pool", new Score(20, 7, 100, 17));
        assertTrue(caption.startsWith("1 attempt, 1 cleared · bars: ticks of each attempt"), caption);
        assertTrue(caption.endsWith("line: par, 17 ticks"), caption);
    }
}

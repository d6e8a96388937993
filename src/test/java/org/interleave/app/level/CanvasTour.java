package org.interleave.app.level;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.canvas.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes {@code docs/canvas.png}: the worker-pool level at 1280×720, mid-edit — a closer placed from
 * the palette, main's ops half written before its locked print loop, one op selected in the inspector.
 * Not part of the suite (no Test suffix); run it with
 * {@code mvn -B test -Dtest=CanvasTour -Dscreenshots=docs} (default folder {@code target/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasTour extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void canvasMidEdit(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "worker-pool");
        robot.interact(() -> {
            var m = s.canvas().model();
            m.apply(new Edit.AddPart("closer", 60, 460));
            m.apply(new Edit.InsertOp("main", "", "ops", 0, "add"));
            m.apply(new Edit.SetOpField("main", "ops[0]", "n", "2"));
            m.apply(new Edit.InsertOp("main", "", "ops", 1, "go"));
            m.apply(new Edit.InsertOp("main", "", "ops", 2, "go"));
            // the palette has no repeat: the jobs are sent one by one
            for (int j = 1; j <= 4; j++) {
                m.apply(new Edit.InsertOp("main", "", "ops", 2 + j, "send"));
                m.apply(new Edit.SetOpField("main", "ops[" + (2 + j) + "]", "value", Integer.toString(j)));
            }
            m.apply(new Edit.InsertOp("main", "", "ops", 7, "close"));
        });
        // at 100 %: the canvas keeps main, where the edits are, whole in view beside the inspector
        robot.clickOn(robot.lookup("#part-main .card-line").match(n -> "ops[5]".equals(n.getUserData())).queryAs(Node.class));
        robot.moveTo("#part-jobs");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        shoot(s, "canvas");
        robot.type(KeyCode.ESCAPE);
        if (Boolean.getBoolean("lightToo")) {
            robot.interact(() -> org.interleave.app.shared.Theme.show(s, org.interleave.level.save.Settings.defaults()
                    .withTheme(org.interleave.level.save.Settings.Theme.LIGHT)));
            shoot(s, "canvas-light");
        }
    }

    static void shoot(Node node, String name) throws Exception {
        org.interleave.app.Screenshots.shoot(node, name);
    }
}

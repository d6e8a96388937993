package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A UI test class finds the JVM's shared stage as every class does ({@link FreshStage}),
 * whatever the class before it left: here a class that enlarges, moves and maximises the stage, puts
 * it in full screen and opens a menu, then a class that shows a 400×300 scene.
 */
@ExtendWith(ApplicationExtension.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class FreshStageTest {
    @Nested
    @Order(1)
    class AClassThatLeavesTheStageAltered {
        private StackPane root;
        private Stage stage;

        @Start
        void start(Stage stage) {
            this.stage = stage;
            root = new StackPane(new Button("menu"));
            stage.setScene(new Scene(root, InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
            stage.show();
        }

        @Test
        void altersTheStage(FxRobot robot) {
            robot.interact(() -> {
                stage.setWidth(1920);
                stage.setHeight(1080);
                stage.setX(5);
                stage.setY(7);
                stage.setMaximized(true);
                stage.setFullScreen(true);
                ContextMenu menu = new ContextMenu(new MenuItem("left open"));
                menu.show(root.getChildren().get(0), Side.BOTTOM, 0, 0);
            });
            assertTrue(stage.isFullScreen() && Window.getWindows().size() == 2, "altered: " + Window.getWindows());
        }
    }

    @Nested
    @Order(2)
    class TheClassAfterIt extends PaneStage {
        @Start
        void start(Stage stage) {
            show(stage, 400, 300);
        }

        @Test
        void showsItsSceneAtItsOwnSize_inTheCorner_alone(FxRobot robot) throws Exception {
            List<Object> shown = Pulses.onFx(() -> List.of(stage.getScene().getWidth(), stage.getScene().getHeight(),
                    stage.isFullScreen(), stage.isMaximized(), List.copyOf(Window.getWindows()), stage.getX(), stage.getY()));
            assertEquals(List.of(400.0, 300.0), shown.subList(0, 2), "the scene's own size, not the window left before");
            assertFalse((Boolean) shown.get(2), "not in full screen");
            assertFalse((Boolean) shown.get(3), "not maximised");
            assertEquals(List.of(stage), shown.get(4), "no menu or dialog left open");
            assertEquals(List.of(0.0, 0.0), shown.subList(5, 7), "at the screen's corner, where every class finds it");
        }
    }
}

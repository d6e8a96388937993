package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a player sees while the game starts: the game's name in its own look (FXGL's startup scene
 * dressed by {@link StartScenes}), not FXGL's logo on a white letterbox.
 */
@ExtendWith(ApplicationExtension.class)
class StartScenesTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void startupScene_showsTheGameNameAndThatItIsStarting_onTheThemeBackground(FxRobot robot) throws Exception {
        List<String> texts = Pulses.onFx(() -> {
            var scene = new StartScenes().newStartup(1280, 720);
            List<String> out = new java.util.ArrayList<>();
            collect(scene.getContentRoot(), out);
            for (var bar : List.of(scene.getPaddingTop(), scene.getPaddingBot())) {
                out.add("bar " + bar.getFill());
            }
            return out;
        });
        assertTrue(texts.contains(InterleaveApp.TITLE), "the game's name: " + texts);
        assertTrue(texts.contains(InterleaveApp.SUBTITLE), "its line: " + texts);
        assertTrue(texts.contains("starting…"), "and that it is starting: " + texts);
        assertEquals(2, texts.stream().filter(t -> t.equals("bar 0x15181eff")).count(),
                "the letterbox bars take the theme's background, not white: " + texts);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}

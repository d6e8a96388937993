package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Popups over the game take its look to their very corners: on a display that cannot show a
 * window through (an X server without a compositor), JavaFX clears a popup's window to white
 * where the menu's rounded corners leave room, unless the popup's scene has a fill.
 */
@ExtendWith(ApplicationExtension.class)
class PopupSizingTest extends GameStage {
    // held here: PopupSizing listens through a weak reference
    private PopupSizing opaque;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    @Test
    void customLevelMenu_showsNoLightCorners_inTheDarkAndProjectorLooks(FxRobot robot) throws Exception {
        List<String> light = new ArrayList<>();
        // as on an X server without a compositor, whatever this machine's display can do
        opaque = onFx(() -> new PopupSizing(shell, () -> 15, () -> false));
        for (String look : List.of("dark", "projector")) {
            if (look.equals("projector")) {
                interact(() -> shell.projector().enabledProperty().set(true));
            }
            interact(shell::showMenu);
            robot.clickOn("#custom-level");
            WaitForAsyncUtils.waitForFxEvents();
            light.addAll(onFx(() -> {
                ContextMenu menu = (ContextMenu) Window.getWindows().stream()
                        .filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow();
                WritableImage shot = menu.getScene().snapshot(null);
                PixelReader px = shot.getPixelReader();
                int w = (int) shot.getWidth() - 1;
                int h = (int) shot.getHeight() - 1;
                List<String> found = new ArrayList<>();
                for (int[] at : new int[][] {{0, 0}, {w, 0}, {0, h}, {w, h}}) {
                    Color c = overWhite(px.getColor(at[0], at[1]));
                    if (luminance(c) > 0.4) {
                        found.add(look + " corner " + at[0] + "," + at[1] + " is " + c);
                    }
                }
                menu.hide();
                return found;
            }));
        }
        assertTrue(light.isEmpty(), "light corners: " + light);
    }

    /** The colour a window that cannot be seen through shows for {@code c}: JavaFX clears it to white first. */
    private static Color overWhite(Color c) {
        double a = c.getOpacity();
        return Color.color(c.getRed() * a + (1 - a), c.getGreen() * a + (1 - a), c.getBlue() * a + (1 - a));
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}

package org.interleave.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tour that plays on a real X display instead of the build's headless Monocle screen, and
 * photographs the screen there: popups as the X server draws them, corners included, which
 * Monocle's snapshots leave out. Run one on an Xvfb of 1920×1080, e.g.
 * {@code DISPLAY=:98 mvn -o test -Dtest=SelectScreensTour -Dshots=/tmp/shots} (the default folder
 * is {@code target/shots}); the shots are ImageMagick's {@code import} of the screen's corner.
 */
public abstract class RealDisplayTour extends Tour {
    static {
        // before the toolkit starts: FreshStage initialises the test class, and so this one, first
        System.setProperty("testfx.headless", "false");
        System.setProperty("glass.platform", "gtk");
        System.clearProperty("monocle.platform");
        System.setProperty("java.awt.headless", "false");
    }

    /**
     * Photographs the screen's top left {@code width} × {@code height} (the window stands there)
     * as {@code <shots>/<name>.png}, once the FX thread is idle and the X server shows the last frame.
     */
    protected static void shoot(int width, int height, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);  // the X server shows the last frame: nothing to wait on for that
        Path dir = Path.of(System.getProperty("shots", "target/shots"));
        Files.createDirectories(dir);
        new ProcessBuilder("import", "-window", "root", "-crop", width + "x" + height + "+0+0",
                dir.resolve(name + ".png").toString()).inheritIO().start().waitFor();
    }
}

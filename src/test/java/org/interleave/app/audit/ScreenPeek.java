package org.interleave.app.audit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lets the layout audit run on a real X display and photograph every visit, so a person looks at
 * what the audit measured: {@code DISPLAY=:93 mvn -B test -Dtest=LayoutAuditTest
 * -Daudit.display=true -Daudit.shots=target/peek [-Daudit.only=REGEX]} (an Xvfb of 1920×1080 or
 * larger; the shots are ImageMagick's {@code import} of the window's area). Headless, {@code
 * -Daudit.shots=DIR} alone writes a snapshot of the window's scene per visit (no popups over it);
 * without {@code audit.shots} the audit takes no shots.
 */
final class ScreenPeek {
    private ScreenPeek() {}

    /** Switches the test JVM from Monocle's headless screen to the X display, if asked. */
    static void useDisplayIfAsked() {
        if (Boolean.getBoolean("audit.display")) {
            System.setProperty("testfx.headless", "false");
            System.setProperty("glass.platform", "gtk");
            System.clearProperty("monocle.platform");
            System.setProperty("java.awt.headless", "false");
        }
    }

    /**
     * Photographs the window's area (the popups over it included) as {@code <shots>/<visit>.png};
     * headless, writes a snapshot of {@code scene} there.
     */
    static void shoot(String visit, LayoutAuditBase.Size size, javafx.scene.Scene scene) throws Exception {
        String dir = System.getProperty("audit.shots");
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir).resolve(visit.replaceAll("[^A-Za-z0-9_.-]+", "-") + ".png");
        Files.createDirectories(out.getParent());
        if (!Boolean.getBoolean("audit.display")) {
            javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            return;
        }
        Thread.sleep(400);  // the X server shows the last frame
        new ProcessBuilder("import", "-window", "root", "-crop", size.width() + "x" + size.height() + "+0+0",
                out.toString()).inheritIO().start().waitFor();
    }
}

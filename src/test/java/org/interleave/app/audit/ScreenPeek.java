package org.interleave.app.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lets the layout audit run on a real X display and photograph every visit, so a person looks at
 * what the audit measured: {@code DISPLAY=:93 mvn -B test -Dtest=LayoutAuditTest
 * -Daudit.display=true -Daudit.shots=target/peek [-Daudit.only=REGEX]} (an Xvfb of 1920×1080 or
 * larger; the shots are ImageMagick's {@code import} of the window's area). Without
 * {@code audit.display} the audit runs headless and takes no shots.
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

    /** Photographs the window's area (the popups over it included) as {@code <shots>/<visit>.png}. */
    static void shoot(String visit, LayoutAuditBase.Size size) throws IOException, InterruptedException {
        String dir = System.getProperty("audit.shots");
        if (dir == null || !Boolean.getBoolean("audit.display")) {
            return;
        }
        Path out = Path.of(dir).resolve(visit.replaceAll("[^A-Za-z0-9_.-]+", "-") + ".png");
        Files.createDirectories(out.getParent());
        Thread.sleep(400);  // the X server shows the last frame
        new ProcessBuilder("import", "-window", "root", "-crop", size.width() + "x" + size.height() + "+0+0",
                out.toString()).inheritIO().start().waitFor();
    }
}

package org.interleave.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes what a scene shows as a PNG, for the tours: in the folder {@code -Dscreenshots} names
 * ({@code docs} to retake the docs' screenshots), else {@code target/screenshots}.
 */
public final class Screenshots {
    private Screenshots() {}

    /** The folder the PNGs go to, made if missing. */
    public static Path folder() throws IOException {
        Path dir = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }

    /** Writes what the scene of {@code anyNode} shows now (after the pending FX events) as {@code name}.png. */
    public static Path shoot(Node anyNode, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> anyNode.getScene().snapshot(null)).get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 60 s for the FX thread to snapshot " + name + ": it never did", e);
        }
        Path file = folder().resolve(name + ".png");
        ImageIO.write(toAwt(image), "png", file.toFile());
        return file;
    }

    private static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}

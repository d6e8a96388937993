package org.interleave.playback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a view as a PNG image: what is drawn now, at its full size (not only the part scrolled into view). */
public final class PngExport {
    private PngExport() {}

    /** Writes a snapshot of {@code node} to {@code file} as PNG. Call on the FX thread. */
    public static void write(Node node, Path file) throws IOException {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(javafx.scene.paint.Color.web(light(node) ? "#f5f6f8" : "#15181e"));
        WritableImage image = node.snapshot(p, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** Whether the node shows in the light theme (a root around it has the style class "light"). */
    private static boolean light(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("light")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asks where to save (the window's {@link SaveDialog}, suggesting {@code name}.png) and writes
     * the snapshot there; a failure is told to the player, not thrown.
     */
    public static void exportWithDialog(Node node, String name) {
        SaveDialog dialog = SaveDialog.of(node);
        dialog.ask("Export as PNG", null, name + ".png", chosen -> {
            Path file = chosen;
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                file = file.resolveSibling(file.getFileName() + ".png");
            }
            try {
                write(node, file);
            } catch (IOException | RuntimeException e) {
                dialog.failed("Could not save " + file + ": " + e.getMessage());
            }
        });
    }
}

package org.interleave.playback;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * Asks the player where to save a file. The game's window provides its own chooser (a dialog
 * inside the window, in the player's theme and projector size) with {@link #install}; a view
 * asks through {@link #of}, which finds it from any node inside the window — and falls back to
 * the system's chooser for a view shown elsewhere.
 */
public interface SaveDialog {
    /**
     * Asks where to save ({@code title}), starting in {@code folder} (null for the last one or the
     * home folder) and suggesting {@code fileName}, whose suffix the file chosen keeps; calls
     * {@code then} with the file chosen, and never when the player cancels.
     */
    void ask(String title, Path folder, String fileName, Consumer<Path> then);

    /** Tells the player that saving failed, and why. */
    void failed(String message);

    /** The key under which a node's properties hold the save dialog of everything inside it. */
    String KEY = SaveDialog.class.getName();

    /** Lets every view inside {@code host} ask through {@code dialog}. */
    static void install(Node host, SaveDialog dialog) {
        host.getProperties().put(KEY, dialog);
    }

    /** The save dialog of the nearest node around {@code node} that provides one, else the system's. */
    static SaveDialog of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof SaveDialog d) {
                return d;
            }
        }
        javafx.stage.Window owner = node.getScene() == null ? null : node.getScene().getWindow();
        return new SaveDialog() {
            @Override
            public void ask(String title, Path folder, String fileName, Consumer<Path> then) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(fileName);
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                java.io.File f = chooser.showSaveDialog(owner);
                if (f != null) {
                    then.accept(f.toPath());
                }
            }

            @Override
            public void failed(String message) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.initOwner(owner);
                alert.setHeaderText("Not saved");
                alert.show();
            }
        };
    }
}

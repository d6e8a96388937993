package org.interleave.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.interleave.app.shared.Theme;

/**
 * A dialog over the screen: the screen dims behind it and cannot be clicked, the dialog sits in
 * the middle, and Esc closes it.
 */
public final class Overlay extends StackPane {
    private final Runnable onClose;

    /** Wraps {@code dialog}; {@code onClose} runs when the player presses Esc (it should remove the overlay). */
    public Overlay(Region dialog, Runnable onClose) {
        this.onClose = onClose;
        Theme.apply(this, Overlay.class, null);
        getStyleClass().add("overlay");
        dialog.getStyleClass().add("dialog");
        dialog.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(dialog, Pos.CENTER);
        getChildren().add(dialog);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                this.onClose.run();
            }
        });
    }

    /** The dialog shown. */
    public Node dialog() {
        return getChildren().get(0);
    }
}

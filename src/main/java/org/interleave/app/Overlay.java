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
    private final Region dialog;

    /** Wraps {@code dialog}; {@code onClose} runs when the player presses Esc (it should remove the overlay). */
    public Overlay(Region dialog, Runnable onClose) {
        this.onClose = onClose;
        Theme.apply(this, Overlay.class, null);
        getStyleClass().add("overlay");
        dialog.getStyleClass().add("dialog");
        this.dialog = dialog;
        dialog.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // a dialog taller or wider than the window (projector mode at a large scale) scrolls, whole, inside it
        StackPane margin = new StackPane(dialog);
        margin.getStyleClass().add("overlay-margin");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(margin);
        scroll.getStyleClass().add("overlay-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(scroll, Pos.CENTER);
        getChildren().add(scroll);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                this.onClose.run();
            }
        });
    }

    /** The dialog shown. */
    public Node dialog() {
        return dialog;
    }
}

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
 * the middle, and Esc closes it. The dialog's card never reaches past the window: a dialog taller
 * than the window (projector mode at a large scale) scrolls inside its card, its bar within the
 * card's frame (or, a dialog laid out by {@link org.interleave.app.shared.ButtonsInView}, its
 * body scrolls above its buttons), and one wider than the window is narrowed to it (its text wraps), never scrolled
 * sideways.
 */
public final class Overlay extends StackPane {
    private final Runnable onClose;
    private final Region dialog;

    /** Wraps {@code dialog}; {@code onClose} runs when the player presses Esc (it should remove the overlay). */
    public Overlay(Region dialog, Runnable onClose) {
        this.onClose = onClose;
        Theme.apply(this, Overlay.class, null);
        getStyleClass().add("overlay");
        dialog.getStyleClass().add("dialog-content");
        this.dialog = dialog;
        dialog.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // as tall as the dialog is at the card's width (its text wraps), so it scrolls only when that
        // is taller than the window; a dialog that keeps its buttons in view scrolls its content itself
        Region inside = dialog;
        if (!org.interleave.app.shared.ButtonsInView.keeps(dialog)) {
            org.interleave.app.shared.WidthFitScroll scroll = new org.interleave.app.shared.WidthFitScroll(dialog, "dialog-scroll");
            scroll.setFocusTraversable(false);
            inside = scroll;
        }
        // the card: as large as the dialog, at most the window less the overlay's margin
        StackPane card = new StackPane(inside);
        card.getStyleClass().add("dialog");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
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

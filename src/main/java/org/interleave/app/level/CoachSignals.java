package org.interleave.app.level;

import java.util.function.Consumer;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.explore.Verdict;

/** What the coach watches on a level screen: each control the player uses ticks off its lesson. */
final class CoachSignals {
    private CoachSignals() {}

    static void watch(LevelScreen screen, Consumer<Coach.Signal> signal) {
        VerificationModel verification = screen.verification();
        verification.stateProperty().addListener((obs, old, st) -> {
            if (st == OffThreadJob.State.RUNNING) {
                signal.accept(Coach.Signal.VERIFIED);
            }
        });
        verification.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null && o.report().verdict() == Verdict.CLEARED) {
                signal.accept(Coach.Signal.CLEARED);
            }
        });
        screen.reveal().stepProperty().addListener((obs, old, n) -> {
            if (n.intValue() > 1) {
                signal.accept(Coach.Signal.STEPPED);
            }
        });
        screen.run().loadedBinding().addListener((obs, old, on) -> {
            if (on) {
                signal.accept(Coach.Signal.RAN);
            }
        });
        screen.canvas().model().undoLabelProperty().addListener((obs, old, label) -> {
            if (label.startsWith("insert ")) {
                signal.accept(Coach.Signal.OP_ADDED);
            } else if (label.startsWith("wire ")) {
                signal.accept(Coach.Signal.WIRED);
            }
            if (!label.isEmpty() && !screen.showingSolution()) {
                signal.accept(Coach.Signal.EDITED);
            }
        });
        screen.canvas().model().messageProperty().addListener((obs, old, m) -> {
            if (m.startsWith("Undone: ")) {
                signal.accept(Coach.Signal.UNDONE);
            }
        });
        screen.centerProperty().addListener((obs, old, center) -> {
            if (screen.scheduler().isOpen()) {
                signal.accept(Coach.Signal.SCHEDULED);
            }
        });
    }
}

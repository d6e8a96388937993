package org.interleave.app.level;

import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.engine.model.Level;

/**
 * Offers the player of a level a hint when they have been stuck for a minute ({@link StuckWatch}):
 * one that fits the design shown and its last verification ({@link StuckHints}), in the brief. A
 * timer looks every few seconds while the screen is open; progress (Verify, an edit) hides the hint.
 */
final class StuckHintOffer {
    private final Level level;
    private final CanvasEditor canvas;
    private final VerificationModel verification;
    private final BriefColumn brief;
    private final Timeline timer = new Timeline(new KeyFrame(Duration.seconds(5), e -> check()));
    private StuckWatch stuck = new StuckWatch(System::nanoTime);

    StuckHintOffer(Level level, CanvasEditor canvas, VerificationModel verification, BriefColumn brief) {
        this.level = level;
        this.canvas = canvas;
        this.verification = verification;
        this.brief = brief;
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** The player moved on (verified or changed the design): the hint goes, and the minute starts again. */
    void progress() {
        stuck.progress();
        brief.hideStuckHint();
    }

    /** Offers a hint if the player has been stuck long enough and nothing is running or cleared. */
    void check() {
        VerificationModel.Outcome last = verification.outcomeProperty().get();
        if (!stuck.shouldOffer() || verification.stateProperty().get() == OffThreadJob.State.RUNNING
                || last != null && last.clears()) {
            return;  // not stuck, busy, or already cleared: no hint
        }
        stuck.offered();
        brief.showStuckHint(StuckHints.choose(level, canvas.designProperty().get(), last));
    }

    /** The clock that tells how long the player has been stuck; the minute starts now. */
    void setClock(LongSupplier nanoTime) {
        stuck = new StuckWatch(nanoTime);
    }

    /** The screen is left: no more looks. */
    void stop() {
        timer.stop();
    }
}

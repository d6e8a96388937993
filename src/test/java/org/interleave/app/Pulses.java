package org.interleave.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs a change on the FX thread and waits for the pulses that style and lay it out: for a test
 * that shows many steps one by one (a run played step by step), where {@code FxRobot.interact}'s
 * fixed wait (five round trips to the FX thread with 10 ms of sleep after each) cost more than the
 * steps themselves. It waits for what the step needs instead: pulses, until one leaves the scene
 * laid out (at most {@value #MAX_PULSES}), then the tasks the step and its pulses queued.
 */
public final class Pulses {
    private static final long TIMEOUT_SECONDS = 60;
    /** Pulses waited for at most: a scene that animates its layout (a pulsing ring) never settles. */
    private static final int MAX_PULSES = 3;

    private Pulses() {}

    /**
     * Runs {@code change} on the FX thread, then waits until a pulse has styled and laid out
     * {@code scene} with no layout left pending, and until the FX tasks queued meanwhile have run.
     */
    public static void interact(Scene scene, Runnable change) {
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        get(WaitForAsyncUtils.asyncFx(() -> {
            change.run();
            afterSettledPulse(scene, laidOut, MAX_PULSES);
        }));
        get(laidOut);
        get(WaitForAsyncUtils.asyncFx(() -> { }));  // behind every task queued before the pulse ended
    }

    /**
     * Completes {@code done} after the next pulse that leaves the scene needing no more layout, or
     * after {@code pulses} pulses.
     */
    private static void afterSettledPulse(Scene scene, CompletableFuture<Void> done, int pulses) {
        boolean[] ran = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (ran[0]) {
                return;
            }
            ran[0] = true;
            // not removed while the scene runs its listeners
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            if (pulses > 1 && scene.getRoot() != null && scene.getRoot().isNeedsLayout()) {
                Platform.runLater(() -> afterSettledPulse(scene, done, pulses - 1));
            } else {
                done.complete(null);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void get(java.util.concurrent.Future<?> f) {
        try {
            f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}

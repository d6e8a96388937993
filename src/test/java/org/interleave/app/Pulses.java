package org.interleave.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
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
     * Waits until {@code condition}, read on the FX thread, holds: read at once, then again after
     * each pulse, for what a test waits for (a verification's end, a file reloaded, a dialog) shows
     * in the scene, and a pulse follows every change the scene shows. Not a poll: nothing is read
     * between pulses. No time bound either: a busy machine takes as long as it takes, and a
     * condition that never comes is named by the test's own timeout ({@code
     * junit.jupiter.execution.timeout.default}, with a thread dump), not by a bound guessed here.
     */
    public static void until(Callable<Boolean> condition) {
        CompletableFuture<Void> met = new CompletableFuture<>();
        Platform.runLater(() -> check(condition, met));
        try {
            met.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a condition of the scene", e);
        } catch (ExecutionException e) {
            rethrow(e);
        }
    }

    /** Completes {@code met} if the condition holds now, else reads it again after the next pulse. */
    private static void check(Callable<Boolean> condition, CompletableFuture<Void> met) {
        try {
            if (condition.call()) {
                met.complete(null);
                return;
            }
        } catch (Throwable t) {
            met.completeExceptionally(t);
            return;
        }
        // every shown scene runs its post-layout listeners on every pulse: one scene hears them all;
        // a stage's, which outlives the menus and tooltips shown over it
        Scene scene = Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                .min(java.util.Comparator.comparing(w -> !(w instanceof javafx.stage.Stage)))
                .map(Window::getScene).orElse(null);
        if (scene == null) {
            met.completeExceptionally(new IllegalStateException("no window is shown: nothing can change what the test waits for"));
            return;
        }
        boolean[] ran = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!ran[0]) {
                ran[0] = true;
                // after the pulse, not in it: the scene runs its listeners from a list not to change meanwhile
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    check(condition, met);
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
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
            rethrow(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    private static void rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            throw r;
        }
        if (e.getCause() instanceof Error r) {
            throw r;
        }
        throw new IllegalStateException(e.getCause());
    }
}

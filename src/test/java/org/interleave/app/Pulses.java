package org.interleave.app;

import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs a change on the FX thread and waits for the pulses that style and lay it out: for a test
 * that shows many steps one by one (a run played step by step), where {@code FxRobot.interact}'s
 * fixed wait (five round trips to the FX thread with 10 ms of sleep after each) cost more than the
 * steps themselves. It waits for what the step needs instead: pulses, until one leaves the scene
 * laid out (at most {@value #MAX_PULSES}), then the tasks the step and its pulses queued. It also
 * waits for a condition of the scene ({@link #until}). Every wait is bounded and names what it
 * waited for when the bound is reached.
 */
public final class Pulses {
    private static final long TIMEOUT_SECONDS = 60;
    /** How long {@link #until} waits for its condition at most. */
    private static final long UNTIL_SECONDS = 120;
    /** How often {@link #until} reads its condition when no pulse has come. */
    private static final long RECHECK_MILLIS = 100;
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
        }), "the FX thread to make the change");
        get(laidOut, "a pulse to lay the change out");
        get(WaitForAsyncUtils.asyncFx(() -> { }), "the FX tasks the change queued");  // behind every task queued before the pulse ended
    }

    /**
     * Reads {@code read} on the FX thread, the only thread that may read the scene; fails if the FX
     * thread has not answered after {@value #TIMEOUT_SECONDS} s.
     */
    public static <T> T onFx(Callable<T> read) {
        return get(WaitForAsyncUtils.asyncFx(read), "the FX thread to answer a read");
    }

    /**
     * Waits until {@code condition}, read on the FX thread, holds: read at once, then after each
     * pulse (a pulse follows every change a scene shows), and every {@value #RECHECK_MILLIS} ms
     * besides, for a change no pulse follows (a file written, a thread's flag); a read on the timer
     * asks for no pulse. Fails, naming {@code what}, if it has not held after {@value
     * #UNTIL_SECONDS} s, far more than a loaded machine has needed.
     *
     * @param what the condition, as the failure names it ("the results dialog shown")
     */
    public static void until(String what, Callable<Boolean> condition) {
        Waiting waiting = new Waiting(condition);
        waiting.readSoon();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(UNTIL_SECONDS);
        try {
            while (true) {
                try {
                    waiting.met.get(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException e) {
                    if (System.nanoTime() - deadline >= 0) {
                        throw new AssertionError("waited " + UNTIL_SECONDS + " s for " + what + ": it never held");
                    }
                    waiting.readSoon();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        } finally {
            waiting.met.cancel(false);  // no read queued from now on listens again
            Platform.runLater(waiting::stopHearing);
        }
    }

    /**
     * One wait's reads of its condition, on the FX thread: at most one read queued at a time, and
     * a post-layout listener on the scene of the shown stage (every shown scene runs its listeners
     * on every pulse, so one hears them all; a stage's outlives the menus and tooltips over it).
     */
    private static final class Waiting {
        final CompletableFuture<Void> met = new CompletableFuture<>();
        private final Callable<Boolean> condition;
        private final AtomicBoolean queued = new AtomicBoolean();
        private final Runnable afterPulse = this::readSoon;
        private Scene heard;

        Waiting(Callable<Boolean> condition) {
            this.condition = condition;
        }

        /** Queues a read on the FX thread, unless one is queued already. */
        void readSoon() {
            if (!met.isDone() && queued.compareAndSet(false, true)) {
                Platform.runLater(this::read);
            }
        }

        private void read() {
            queued.set(false);
            if (met.isDone()) {
                return;
            }
            try {
                if (condition.call()) {
                    met.complete(null);
                    stopHearing();
                    return;
                }
            } catch (Throwable t) {
                met.completeExceptionally(t);
                stopHearing();
                return;
            }
            Scene scene = Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                    .min(Comparator.comparing(w -> !(w instanceof Stage)))
                    .map(Window::getScene).orElse(null);
            if (scene != heard) {
                // not in a pulse: the scene runs its listeners from a list not to change meanwhile
                stopHearing();
                heard = scene;
                if (scene != null) {
                    scene.addPostLayoutPulseListener(afterPulse);
                }
            }
        }

        void stopHearing() {
            if (heard != null) {
                heard.removePostLayoutPulseListener(afterPulse);
                heard = null;
            }
        }
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

    private static <T> T get(java.util.concurrent.Future<T> f, String what) {
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_SECONDS + " s for " + what + ": it never came", e);
        }
    }

    /** The cause of {@code e}, thrown as it is if unchecked; returns nothing, for {@code throw rethrow(e)}. */
    private static RuntimeException rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            throw r;
        }
        if (e.getCause() instanceof Error r) {
            throw r;
        }
        throw new IllegalStateException(e.getCause());
    }
}

package org.interleave.app.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Long work of the game (a verification, checking both sides of a level) run off the FX thread:
 * one job at a time on the executor it is given, its progress posted to the FX thread at most one
 * update at a time (the newest wins), cancellable, ending with a result or an error. Starting a
 * job cancels the one still running, whose late results are dropped. Its properties change on
 * the FX thread only.
 *
 * @param <R> what the work computes
 * @param <P> how it reports progress
 */
public final class OffThreadJob<R, P> {
    /** Where a job is. */
    public enum State { IDLE, RUNNING, FINISHED, CANCELLED, FAILED }

    /** The work itself, on the executor's thread: null when it saw it was cancelled. */
    @FunctionalInterface
    public interface Work<R, P> {
        R run(BooleanSupplier cancelled, Consumer<P> progress) throws Exception;
    }

    private final Executor executor;
    private final P noProgress;
    private final String failed;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<P> progress;
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Task<R> task;

    /** Jobs on {@code executor}; {@code noProgress} before any is posted; {@code failed} when an error has no message. */
    public OffThreadJob(Executor executor, P noProgress, String failed) {
        this.executor = executor;
        this.noProgress = noProgress;
        this.failed = failed;
        this.progress = new ReadOnlyObjectWrapper<>(this, "progress", noProgress);
    }

    /** Starts the work, cancelling a job still running. */
    public void start(Work<R, P> work) {
        clear();
        Task<R> t = new JobTask(work);
        t.setOnSucceeded(e -> {
            if (task == t) {
                result.set(t.getValue());
                state.set(State.FINISHED);
            }
        });
        t.setOnFailed(e -> {
            if (task == t) {
                Throwable x = t.getException();
                error.set(x == null || x.getMessage() == null ? failed : x.getMessage());
                state.set(State.FAILED);
            }
        });
        task = t;
        state.set(State.RUNNING);
        executor.execute(t);
    }

    /** Fails at once, without running anything, for this reason. */
    public void fail(String why) {
        clear();
        error.set(why);
        state.set(State.FAILED);
    }

    /** Stops a running job; nothing it computed is kept. */
    public void cancel() {
        if (task != null && state.get() == State.RUNNING) {
            Task<R> t = task;
            task = null;
            t.cancel();
            state.set(State.CANCELLED);
        }
    }

    /** Cancels and forgets everything: back to idle. */
    public void reset() {
        clear();
        state.set(State.IDLE);
    }

    private void clear() {
        cancel();
        result.set(null);
        error.set("");
        progress.set(noProgress);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<P> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The result of the last job that finished, or null. */
    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last job failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final class JobTask extends Task<R> {
        private final Work<R, P> work;
        private final AtomicReference<P> latest = new AtomicReference<>();
        private final AtomicBoolean posted = new AtomicBoolean();

        JobTask(Work<R, P> work) {
            this.work = work;
        }

        @Override
        protected R call() throws Exception {
            return work.run(this::isCancelled, this::post);
        }

        /** Keeps the newest progress and posts at most one update to the FX thread at a time. */
        private void post(P p) {
            latest.set(p);
            if (posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    if (task == this) {
                        progress.set(latest.get());
                    }
                });
            }
        }
    }
}

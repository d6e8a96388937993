package org.interleave.playback;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The state of a counterexample reveal: the traces of a verification's findings, the one shown,
 * and the step it is at (1-based, as the screen says "step 3 of 12"). Builds no nodes.
 */
public final class RevealModel {
    private final ReadOnlyObjectWrapper<List<Trace>> traces = new ReadOnlyObjectWrapper<>(this, "traces", List.of());
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyObjectWrapper<Trace.Moment> moment = new ReadOnlyObjectWrapper<>(this, "moment");
    private final BooleanBinding atStart = Bindings.createBooleanBinding(() -> step.get() <= 1, step, trace);
    private final BooleanBinding atEnd = Bindings.createBooleanBinding(
            () -> trace.get() == null || step.get() >= trace.get().length(), step, trace);

    /** Shows these traces, the first one at its first step; an empty list clears the reveal. */
    public void show(List<Trace> list) {
        traces.set(List.copyOf(list));
        select(list.isEmpty() ? null : list.get(0));
    }

    /** Shows one of the traces, from its first step. */
    public void select(Trace t) {
        trace.set(t);
        go(t == null || t.length() == 0 ? 0 : 1);
    }

    /** Clears the reveal. */
    public void clear() {
        show(List.of());
    }

    /** One step forward, if there is one. */
    public void next() {
        go(step.get() + 1);
    }

    /** One step back, if there is one. */
    public void previous() {
        go(step.get() - 1);
    }

    /** Jumps to a step, kept within 1..length. */
    public void go(int n) {
        Trace t = trace.get();
        if (t == null || t.length() == 0) {
            step.set(0);
            moment.set(null);
            return;
        }
        int k = Math.max(1, Math.min(n, t.length()));
        step.set(k);
        moment.set(t.moments().get(k - 1));
    }

    public ReadOnlyObjectProperty<List<Trace>> tracesProperty() {
        return traces.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The step shown, from 1; 0 when nothing is shown. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The state after the step shown, or null. */
    public ReadOnlyObjectProperty<Trace.Moment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    public BooleanBinding atStartBinding() {
        return atStart;
    }

    public BooleanBinding atEndBinding() {
        return atEnd;
    }
}

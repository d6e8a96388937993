package org.interleave.playback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.interleave.explore.Execution;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.TimedRun;

/**
 * One execution of a design with the run semantics (DESIGN §4, "Time": virtual clock, the
 * goal's {@code cores}, a seed), laid out as moments to play, pause, step and step back through.
 * Each moment is a {@link Trace.Moment}, so the design view marks it as it marks a reveal; the
 * clock tick of the moment shown is its step's clock. It builds no nodes and starts no timers:
 * whatever drives playback calls {@link #frame()} every {@link #frameMillis()} while
 * {@link #playingProperty()} is true.
 */
public final class RunModel {
    /** The seed of the run the game shows; verification's timed run uses the same one, so their ticks agree. */
    public static final long SEED = org.interleave.explore.TimedRun.SCORE_SEED;
    /** How long one step shows at normal speed. */
    public static final double BASE_FRAME_MILLIS = 450;
    /** The speeds offered, as multiples of normal. */
    public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 1.5, 2.0, 4.0);

    private final ReadOnlyObjectWrapper<TimedRun.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<Trace.Moment>> moments =
            new ReadOnlyObjectWrapper<>(this, "moments", List.of());
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyObjectWrapper<Trace.Moment> moment = new ReadOnlyObjectWrapper<>(this, "moment");
    private final ReadOnlyLongWrapper tick = new ReadOnlyLongWrapper(this, "tick", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final BooleanBinding loaded = Bindings.createBooleanBinding(() -> result.get() != null, result);
    private final BooleanBinding atStart = Bindings.createBooleanBinding(() -> step.get() <= 0, step);
    private final BooleanBinding atEnd = Bindings.createBooleanBinding(
            () -> step.get() >= moments.get().size(), step, moments);

    /**
     * Runs {@code level}'s design once on the virtual clock with the level's goal (its cores) and
     * bounds, and shows it from the start, paused.
     */
    public void load(Level level) {
        SearchBudget budget = SearchBudget.of(level.bounds());
        String mainTemplate = level.design().main().id();
        List<Trace.Moment> out = new ArrayList<>();
        Set<String> ranThisTick = new HashSet<>();
        long[] tickOf = {-1};
        TimedRun.Result r = new TimedRun(new Program(level.design()), level.goal(), budget.maxSteps(), budget.limits())
                .run(SEED, (m, s) -> {
                    if (s.clock() != tickOf[0]) {
                        ranThisTick.clear();
                        tickOf[0] = s.clock();
                    }
                    ranThisTick.add(s.actor());
                    out.add(Trace.moment(m, mainTemplate, s, Set.copyOf(ranThisTick)));
                });
        playing.set(false);
        result.set(r);
        moments.set(List.copyOf(out));
        go(0);
    }

    /** Forgets the run (the design changed, or the player left run mode). */
    public void clear() {
        playing.set(false);
        result.set(null);
        moments.set(List.of());
        go(0);
    }

    /** Starts playing; from the start again if the run is at its end. */
    public void play() {
        if (result.get() == null) {
            return;
        }
        if (atEnd.get()) {
            go(0);
        }
        playing.set(!moments.get().isEmpty());
    }

    public void pause() {
        playing.set(false);
    }

    /** Play if paused, pause if playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step forward (pauses playback). */
    public void stepForward() {
        pause();
        go(step.get() + 1);
    }

    /** One step back (pauses playback). */
    public void stepBack() {
        pause();
        go(step.get() - 1);
    }

    /** Back to the start, paused. */
    public void restart() {
        pause();
        go(0);
    }

    /** Called by the driver while playing: shows the next moment, and stops at the last one. */
    public void frame() {
        if (!playing.get()) {
            return;
        }
        go(step.get() + 1);
        if (atEnd.get()) {
            playing.set(false);
        }
    }

    /** How long each moment shows while playing, at the current speed. */
    public double frameMillis() {
        return BASE_FRAME_MILLIS / Math.max(0.01, speed.get());
    }

    /** Jumps to a step, 0 (the start, nothing run yet) to the number of moments. */
    public void go(int n) {
        List<Trace.Moment> list = moments.get();
        int k = Math.max(0, Math.min(n, list.size()));
        Trace.Moment m = k == 0 ? null : list.get(k - 1);
        // the moment last: views redraw when it changes and read the step and tick then
        tick.set(m == null ? 0 : m.step().clock());
        step.set(k);
        moment.set(m);
    }

    /** The number of steps in the run. */
    public int length() {
        return moments.get().size();
    }

    /** The tick at which main returned, or -1 if it never did (or nothing is loaded). */
    public long mainReturnedAt() {
        return result.get() == null ? -1 : result.get().mainReturnedAt();
    }

    /** The run's score in ticks: when main returned, or the last tick if it never did. */
    public long ticks() {
        TimedRun.Result r = result.get();
        return r == null ? 0 : r.mainReturnedAt() >= 0 ? r.mainReturnedAt() : r.lastTick();
    }

    /** What the whole run came to, in a sentence: how it ended, and when main returned. */
    public String summary() {
        TimedRun.Result r = result.get();
        if (r == null) {
            return "";
        }
        Execution e = r.execution();
        String main = r.mainReturnedAt() >= 0 ? "main returned at tick " + r.mainReturnedAt() : "main never returned";
        List<Finding> findings = e.findings();
        String end = switch (e.end()) {
            case FINISHED, PARTIAL -> findings.isEmpty() ? "" : " · " + findings.get(0).message();
            case CRASHED -> " · " + (findings.isEmpty() ? "the program crashed" : findings.get(0).message());
            case CUT -> " · the run was cut after " + e.steps().size() + " steps";
            case LIMIT -> " · " + (e.last().limitError() == null ? "a resource limit stopped it" : e.last().limitError());
        };
        return main + end;
    }

    /** The finished run, or null when nothing is loaded. */
    public ReadOnlyObjectProperty<TimedRun.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Trace.Moment>> momentsProperty() {
        return moments.getReadOnlyProperty();
    }

    /** The step shown: 0 at the start, else 1..length. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The state after the step shown, or null at the start. */
    public ReadOnlyObjectProperty<Trace.Moment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    /** The virtual clock at the step shown. */
    public ReadOnlyLongProperty tickProperty() {
        return tick.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Playback speed as a multiple of normal. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanBinding loadedBinding() {
        return loaded;
    }

    public BooleanBinding atStartBinding() {
        return atStart;
    }

    public BooleanBinding atEndBinding() {
        return atEnd;
    }
}

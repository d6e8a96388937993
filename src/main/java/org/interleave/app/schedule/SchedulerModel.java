package org.interleave.app.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.interleave.engine.Schedule;
import org.interleave.engine.model.Level;

/**
 * "You schedule": the player is the scheduler of a design. Holds the {@link HandSchedule} made so
 * far, and the steps undone since (so they can be redone, and so scrubbing back along the
 * timeline loses nothing until a different step is taken). Builds no nodes.
 */
public final class SchedulerModel {
    private final Level level;
    private final ReadOnlyObjectWrapper<HandSchedule> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The whole schedule: the current one is a prefix of it; the rest is what redo brings back. */
    private List<String> tokens = new ArrayList<>();

    /** A scheduler over {@code level}'s design, at its start. */
    public SchedulerModel(Level level) {
        this.level = level;
        set(HandSchedule.start(level));
    }

    public Level level() {
        return level;
    }

    /** The schedule made so far and what it shows. */
    public ReadOnlyObjectProperty<HandSchedule> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public HandSchedule current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Takes a move; steps undone before are dropped unless this is the step that was undone. */
    public void take(HandSchedule.Move move) {
        HandSchedule now = current.get();
        int at = now.schedule().length();
        boolean sameAsRedo = at < tokens.size() && tokens.get(at).equals(move.token());
        HandSchedule next = now.take(move);
        if (!sameAsRedo) {
            tokens = new ArrayList<>(next.schedule().tokens());
        }
        set(next);
    }

    /**
     * Picks the actor with this number key: takes its move when it has exactly one. Returns the
     * actor when it has several (a select with several ready cases: the view asks which), and
     * empty otherwise (no such actor, or it cannot move — the pick is ignored).
     */
    public Optional<HandSchedule.Actor> pick(int key) {
        Optional<HandSchedule.Actor> actor = current.get().actors().stream().filter(a -> a.key() == key).findFirst();
        if (actor.isEmpty() || !current.get().canMove() || actor.get().moves().isEmpty()) {
            return Optional.empty();
        }
        if (actor.get().moves().size() == 1) {
            take(actor.get().moves().get(0));
            return Optional.empty();
        }
        return actor;
    }

    /** Undoes the last step (it can be redone). */
    public void undo() {
        HandSchedule now = current.get();
        if (now.schedule().length() > 0) {
            set(now.undo());
        }
    }

    /** Redoes the step undone last. */
    public void redo() {
        int at = current.get().schedule().length();
        if (at < tokens.size()) {
            set(HandSchedule.of(level, new Schedule(tokens.subList(0, at + 1))));
        }
    }

    /** Goes back (or forward, along undone steps) to the state after step n. */
    public void moveTo(int n) {
        int k = Math.max(0, Math.min(n, tokens.size()));
        if (k != current.get().schedule().length()) {
            set(HandSchedule.of(level, new Schedule(tokens.subList(0, k))));
        }
    }

    /** Back to the start; the steps made so far can be redone. */
    public void restart() {
        moveTo(0);
    }

    /** The number of steps that redo can bring back in all. */
    public int madeLength() {
        return tokens.size();
    }

    private void set(HandSchedule h) {
        current.set(h);
        canUndo.set(h.schedule().length() > 0);
        canRedo.set(h.schedule().length() < tokens.size());
    }
}

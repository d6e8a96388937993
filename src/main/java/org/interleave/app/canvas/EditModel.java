package org.interleave.app.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Design;
import org.interleave.level.LockedOps;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Part;

/**
 * The design being edited: every change is an {@link Edit} applied under the level's
 * {@link LevelRules}, kept for undo and redo; a refused edit changes nothing and leaves its reason
 * in {@link #messageProperty()}. After each change the design is validated and its problems
 * published, so the canvas can show them. Builds no nodes.
 */
public final class EditModel {
    /** What the player just did, for those who react to it (the game's sounds); refused edits are not changes. */
    public sealed interface Change {
        /** An edit that changed the design. */
        record Applied(Edit edit) implements Change {}

        /** The last change was undone. */
        record Undone() implements Change {}

        /** An undone change was made again. */
        record Redone() implements Change {}

        /** A wire being drawn was let go without connecting (Esc, dropped on no part, a click on the background). */
        record WireDropped() implements Change {}
    }

    /** One change made: the designs before and after, and what it was. */
    private record Step(String label, Design before, Design after) {}

    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<List<DesignValidator.Problem>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final List<java.util.function.Consumer<Change>> changeListeners = new ArrayList<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private LevelRules rules;

    /** Edits {@code start} under {@code rules}. */
    public EditModel(Design start, LevelRules rules) {
        load(start, rules);
    }

    /** Starts over on another design (a switch between the player's design and the solution): history is cleared. */
    public void load(Design start, LevelRules newRules) {
        this.rules = Objects.requireNonNull(newRules);
        undo.clear();
        redo.clear();
        say("");
        set(Parts.normalized(start));
    }

    /** Applies an edit; false (with the reason in {@link #messageProperty()}) when it is refused. */
    public boolean apply(Edit edit) {
        Design before = design.get();
        Design after;
        try {
            after = edit.apply(before, rules);
        } catch (Refused r) {
            refuse(r.reason());
            return false;
        } catch (RuntimeException e) {
            // an edit that trips over a state it did not foresee is refused, never a crash
            refuse("That edit could not be made: " + e.getMessage());
            return false;
        }
        List<String> sealed = LockedOps.sealedSends(after).stream().map(p -> p.message()).toList();
        if (!sealed.isEmpty() && !sealed.equals(LockedOps.sealedSends(before).stream().map(p -> p.message()).toList())) {
            refuse(sealed.get(0));  // whatever the edit, the player's ops do not send to a sealed part
            return false;
        }
        refused.set(false);
        message.set("");
        if (after.equals(before)) {
            return true;
        }
        undo.push(new Step(edit.label(), before, after));
        redo.clear();
        set(after);
        announce(new Change.Applied(edit));
        return true;
    }

    /** Undoes the last change, if any. */
    public void undo() {
        if (!undo.isEmpty()) {
            Step s = undo.pop();
            redo.push(s);
            say("Undone: " + s.label());
            set(s.before());
            announce(new Change.Undone());
        }
    }

    /** Redoes the last undone change, if any. */
    public void redo() {
        if (!redo.isEmpty()) {
            Step s = redo.pop();
            undo.push(s);
            say("Redone: " + s.label());
            set(s.after());
            announce(new Change.Redone());
        }
    }

    /** Calls {@code listener} after every change the player makes (not after {@link #load}). */
    public void addOnChange(java.util.function.Consumer<Change> listener) {
        changeListeners.add(Objects.requireNonNull(listener));
    }

    /** Tells the listeners of a change the view made without an edit (a wire let go). */
    void announce(Change change) {
        for (var l : List.copyOf(changeListeners)) {
            l.accept(change);
        }
    }

    /** Shows a message without an edit (a hint from the view, or "" to clear it). */
    public void say(String text) {
        refused.set(false);
        message.set(text == null ? "" : text);
    }

    private void refuse(String reason) {
        // set twice so that the same refusal twice in a row is still announced
        message.set("");
        refused.set(true);
        message.set(reason);
    }

    /** Whether the message is the reason an edit was refused. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    private void set(Design d) {
        design.set(d);
        problems.set(check(d));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }

    /** The validator's problems, plus references an editor-made op may still lack. */
    static List<DesignValidator.Problem> check(Design d) {
        List<DesignValidator.Problem> out = new ArrayList<>();
        try {
            out.addAll(DesignValidator.validate(d));
        } catch (RuntimeException e) {
            out.add(new DesignValidator.Problem(new DesignValidator.Locus(null, null, null, -1),
                    "the design could not be checked: " + e.getMessage()));
        }
        for (Part.Goroutine g : d.goroutines()) {
            OpTree.walk(g.ops(), (path, op) -> {
                for (OpFields.Ref r : OpFields.refs(op)) {
                    if (r.target() == null) {
                        out.add(new DesignValidator.Problem(new DesignValidator.Locus(g, path, r.field(), -1),
                                OpText.of(op) + " is not wired to " + r.need().phrase + " yet"));
                    }
                }
            });
        }
        return List.copyOf(out);
    }

    public LevelRules rules() {
        return rules;
    }

    public Design design() {
        return design.get();
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DesignValidator.Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The reason of the last refused edit, or what undo/redo did; "" after a successful edit. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}

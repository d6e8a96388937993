package org.interleave.app.audio;

import java.util.List;
import javafx.beans.value.ObservableValue;
import org.interleave.app.canvas.Edit;
import org.interleave.app.canvas.EditModel;
import org.interleave.app.schedule.HandSchedule;
import org.interleave.engine.Kind;

/**
 * What makes each sound: listeners that turn the player's edits, the steps of a run, a reveal or
 * a schedule of the player's own, and the start and end of a verification into {@link Effect}s.
 * Each takes the model it listens to, so any screen with those models sounds the same.
 */
public final class SoundCues {
    private SoundCues() {}

    /** Place, wire, unwire, remove and undo, as the player edits the design. */
    public static void edits(EditModel model, GameAudio audio) {
        model.addOnChange(change -> {
            Effect e = of(change);
            if (e != null) {
                audio.play(e);
            }
        });
    }

    /** The effect of a change; null for changes too small to sound (a rename, a field typed in). */
    static Effect of(EditModel.Change change) {
        return switch (change) {
            case EditModel.Change.Undone u -> Effect.UNDO;
            case EditModel.Change.Redone r -> Effect.UNDO;
            case EditModel.Change.WireDropped w -> Effect.UNWIRE;
            case EditModel.Change.Applied a -> switch (a.edit()) {
                case Edit.AddPart x -> Effect.PLACE;
                case Edit.InsertOp x -> Effect.PLACE;
                case Edit.AddCase x -> Effect.PLACE;
                case Edit.MovePart x -> Effect.PLACE;
                case Edit.MoveOp x -> Effect.PLACE;
                case Edit.Wire x -> Effect.WIRE;
                case Edit.DeletePart x -> Effect.REMOVE;
                case Edit.RemoveOp x -> Effect.REMOVE;
                case Edit.RemoveCase x -> Effect.REMOVE;
                case Edit.Reset x -> Effect.UNDO;
                default -> null;
            };
        };
    }

    /** A step sound each time a run's {@code step} moves forward (playing, or stepped). */
    public static void steps(ObservableValue<Number> step, GameAudio audio) {
        step.addListener((obs, old, now) -> {
            if (now.intValue() > old.intValue() && now.intValue() > 0) {
                audio.play(Effect.STEP);
            }
        });
    }

    /**
     * A step sound each time the reveal of a finding moves forward from a step shown; a finding
     * shown at its first step is heard by its own sound, not a step.
     */
    public static void revealSteps(ObservableValue<Number> step, GameAudio audio) {
        step.addListener((obs, old, now) -> {
            if (old.intValue() >= 1 && now.intValue() > old.intValue()) {
                audio.play(Effect.STEP);
            }
        });
    }

    /**
     * The sounds of a change the player made in You schedule: a step undone (or a restart) sounds as
     * an undo; a step taken sounds as a step, then as the finding it brought (a race, a deadlock, a
     * leak, a panic), unless the step won a break level, whose clear is heard instead.
     */
    public static void scheduleStep(HandSchedule before, HandSchedule now, GameAudio audio) {
        if (now.schedule().length() < before.schedule().length()) {
            audio.play(Effect.UNDO);
            return;
        }
        audio.play(Effect.STEP);
        if (now.won()) {
            return;
        }
        now.findings().stream()
                .filter(f -> before.findings().stream().noneMatch(b -> b.key().equals(f.key())))
                .findFirst()
                .ifPresent(f -> audio.play(Effect.of(f.kind())));
    }

    /** The Verify sound when {@code state} becomes {@code running}. */
    public static <S> void verifying(ObservableValue<S> state, S running, GameAudio audio) {
        state.addListener((obs, was, now) -> {
            if (running.equals(now) && !running.equals(was)) {
                audio.play(Effect.VERIFY);
            }
        });
    }

    /**
     * The sound of a verdict: the clear, or the finding that stops the clear — the first finding's
     * kind, else {@link Effect#FAIL} (an unmet goal without a finding, such as too many ticks).
     */
    public static Effect verdict(boolean clears, List<Kind> findings) {
        return verdict(null, clears, findings);
    }

    /**
     * The sound of a verdict on a level whose goal is to {@code reach} an outcome (a break level;
     * null for the others): there Verify clears nothing — the player's own schedule does — so when
     * the outcome can happen it sounds as that outcome does, and {@link Effect#FAIL} when it cannot.
     */
    public static Effect verdict(Kind reach, boolean clears, List<Kind> findings) {
        if (reach != null) {
            return clears ? Effect.of(reach) : Effect.FAIL;
        }
        if (clears) {
            return Effect.CLEAR;
        }
        return findings.isEmpty() ? Effect.FAIL : Effect.of(findings.get(0));
    }
}

package org.interleave.app.audio;

import org.interleave.engine.Kind;

/**
 * The game's sound effects, one per thing the player does or learns; each is a WAV file in
 * {@code assets/sounds} (made by {@code assets/make-audio.sh}, described in {@code assets/README.md}).
 */
public enum Effect {
    /** A part or an op was put on the canvas. */
    PLACE("place.wav"),
    /** An op was wired to a part. */
    WIRE("wire.wav"),
    /** A wire being drawn was let go. */
    UNWIRE("unwire.wav"),
    /** A part or an op was taken away. */
    REMOVE("remove.wav"),
    /** A change was undone (or redone). */
    UNDO("undo.wav"),
    /** A run moved one step. */
    STEP("step.wav"),
    /** Verification started. */
    VERIFY("verify.wav"),
    /** Verification found a data race. */
    RACE("race.wav"),
    /** Verification found a deadlock. */
    DEADLOCK("deadlock.wav"),
    /** Verification found a goroutine leak. */
    LEAK("leak.wav"),
    /** Verification found a panic. */
    PANIC("panic.wav"),
    /** Verification found another unmet goal: a failed assert, a hang, wrong output, too many ticks. */
    FAIL("fail.wav"),
    /** The level is cleared. */
    CLEAR("clear.wav"),
    /** A clear beat one of the player's best scores. */
    NEW_BEST("best.wav");

    private final String file;

    Effect(String file) {
        this.file = file;
    }

    /** The file's name in {@code assets/sounds}. */
    public String file() {
        return file;
    }

    /** The effect of a finding of this kind. */
    public static Effect of(Kind kind) {
        return switch (kind) {
            case RACE -> RACE;
            case DEADLOCK -> DEADLOCK;
            case LEAK -> LEAK;
            case PANIC -> PANIC;
            default -> FAIL;
        };
    }
}
